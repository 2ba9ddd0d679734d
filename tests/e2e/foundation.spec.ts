import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import ar from '../../locales/ar/common.json';
import { completeSetup, expectNoSeriousA11yViolations, screenshot, signIn } from './helpers';

test('first-run set-up, then the desk survives a reload', async ({ page }) => {
  await page.goto('/');
  await screenshot(page, 'setup-en');
  await expectNoSeriousA11yViolations(page);
  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await screenshot(page, 'shell-settings-en');
  await expectNoSeriousA11yViolations(page);

  // A reload is a new start: the staff member signs in again.
  await page.reload();
  await signIn(page);
  await expect(page.getByTestId('header-staff')).toContainText('Ana Santos');
});

test('the desk survives closing and restarting the browser on the same profile', async ({
  baseURL,
}) => {
  const profile = mkdtempSync(join(tmpdir(), 'tulay-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    });
  try {
    const first = await launch();
    const page = await first.newPage();
    await page.goto(baseURL!);
    await completeSetup(page);
    await first.close();

    const second = await launch();
    const again = await second.newPage();
    await again.goto(baseURL!);
    await signIn(again);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('Arabic turns the whole layout right-to-left, and English turns it back', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  const nav = await page.getByRole('navigation').boundingBox();
  const viewport = page.viewportSize()!;
  expect(nav!.x).toBeGreaterThan(viewport.width / 2);
  await screenshot(page, 'shell-settings-ar');
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await signIn(page);
  await page.getByRole('combobox', { name: ar.settings.languageSection }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('the set-up page is usable in Arabic and passes the accessibility scan', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Interface language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'setup-ar');
  await expectNoSeriousA11yViolations(page);
});

test('a keyboard user reaches the skip link and the navigation with Tab', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
});

test('Ctrl+K opens the command palette; typing and Enter go there', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Type where to go or what to do' }).fill('sett');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // "?" outside a text field lists the shortcuts (inside one, it is just a question mark).
  await page.getByRole('heading', { name: 'Settings' }).click();
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
