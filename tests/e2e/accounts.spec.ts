// Staff accounts by keyboard alone: the set-up with the administrator's passphrase, the recovery
// key shown once, the lock (Ctrl+L) that leaves nothing of the desk on the page, a wrong
// passphrase, and the sign-in back; in English and in right-to-left Arabic, each screen scanned.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import arAccounts from '../../locales/ar/accounts.json';
import enAccounts from '../../locales/en/accounts.json';
import { expectNoSeriousA11yViolations, PASSPHRASE, screenshot } from './helpers';

async function typeInto(page: Page, name: string, text: string) {
  await page.locator(`input[name="${name}"]`).focus();
  await page.keyboard.type(text);
}

async function setUpByKeyboard(page: Page, recoveryTitle: string, language: string) {
  await typeInto(page, 'municipality', 'Legazpi City');
  await typeInto(page, 'deskName', 'Municipal OFW Help Desk');
  await typeInto(page, 'staffName', 'Ana Santos');
  await typeInto(page, 'newPassphrase', PASSPHRASE);
  await typeInto(page, 'repeatPassphrase', PASSPHRASE);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: recoveryTitle })).toBeVisible();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent())!;
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  await screenshot(page, `accounts-recovery-${language}`);
  await expectNoSeriousA11yViolations(page);
  // On paper: the sheet alone, with the key and the desk.
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'tulay-recovery-'));
  writeFileSync(join(dir, 'sheet.pdf'), await page.pdf({ format: 'A4' }));
  const sheet = execFileSync('pdftotext', [join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
  expect(sheet).toContain(recoveryKey);
  expect(sheet).toContain('Municipal OFW Help Desk');
  expect(sheet).toContain('Legazpi City');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('header-desk')).toHaveText('Municipal OFW Help Desk');
  return recoveryKey;
}

async function lockAndUnlock(page: Page, texts: typeof enAccounts, language: string) {
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: texts.signIn.lockedTitle })).toBeVisible();
  // Nothing of the desk's screens is left on the page.
  await expect(page.getByTestId('header-desk')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Ana Santos', { useInnerText: true });
  await screenshot(page, `accounts-locked-${language}`);
  await expectNoSeriousA11yViolations(page);

  // The passphrase field has the focus: type, Enter.
  await expect(page.locator('input[name="passphrase"]')).toBeFocused();
  await page.keyboard.type('not the passphrase');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(texts.signIn.wrong);
  await page.locator('input[name="passphrase"]').focus();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('header-desk')).toHaveText('Municipal OFW Help Desk');
}

test('set-up, recovery key, lock with Ctrl+L and sign-in, by keyboard in English', async ({
  page,
}) => {
  await page.goto('/');
  await setUpByKeyboard(page, enAccounts.recovery.title, 'en');
  await lockAndUnlock(page, enAccounts, 'en');
});

test('the same in Arabic, right to left', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('tulay.language', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await setUpByKeyboard(page, arAccounts.recovery.title, 'ar');
  await lockAndUnlock(page, arAccounts, 'ar');
});
