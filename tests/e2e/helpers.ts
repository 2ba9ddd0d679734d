// Shared steps of the end-to-end tests: the desk set-up, axe scans and optional screenshots.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export interface DeskAnswers {
  municipality: string;
  country: string;
  deskName: string;
  staffName: string;
}

export const LEGAZPI: DeskAnswers = {
  municipality: 'Legazpi City',
  country: 'Philippines',
  deskName: 'Municipal OFW Help Desk',
  staffName: 'Ana Santos',
};

export async function completeSetup(page: Page, desk: DeskAnswers = LEGAZPI) {
  await expect(page.getByRole('heading', { name: 'Welcome to Tulay' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Municipality or city' }).fill(desk.municipality);
  // An OFW desk's country comes pre-filled with the Philippines.
  const country = page.getByRole('combobox', { name: 'Country' });
  if ((await country.inputValue()) !== desk.country) {
    await country.fill(desk.country);
    await page.getByRole('option', { name: desk.country, exact: true }).click();
  }
  await page.getByRole('textbox', { name: 'Desk name' }).fill(desk.deskName);
  await page.getByRole('textbox', { name: 'Your name' }).fill(desk.staffName);
  await page.locator('input[name="newPassphrase"]').fill(PASSPHRASE);
  await page.locator('input[name="repeatPassphrase"]').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Start using Tulay' }).click();
  // The recovery key is shown once; the desk opens when the officer says it is kept.
  await page.getByRole('checkbox', { name: /I have printed or written down/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('header-desk')).toHaveText(desk.deskName);
}

/** The administrator's passphrase of the desks the end-to-end tests set up. */
export const PASSPHRASE = 'Mabuhay ang Legazpi';

/** After a reload (or a lock) Tulay asks who is there: the one staff member signs in. */
export async function signIn(page: Page, deskName = LEGAZPI.deskName) {
  await page.locator('input[name="passphrase"]').fill(PASSPHRASE);
  await page.locator('input[name="passphrase"]').press('Enter');
  await expect(page.getByTestId('header-desk')).toHaveText(deskName);
}

/** Fails on any serious or critical accessibility violation on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // The page as it settles, not half-way through a transition: a dialog scanned while it faded in
  // had its button's text at 4.11:1 against its red (CI, retention.spec.ts). Endless animations
  // (a loader's spin) never finish and are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')})`,
    );
  expect(serious).toEqual([]);
}

/** With SCREENSHOTS=1, keeps a PNG of the page in .screenshots/ for a person to look at. */
export async function screenshot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync('.screenshots', { recursive: true });
  await page.screenshot({ path: `.screenshots/${name}.png`, fullPage: true });
}
