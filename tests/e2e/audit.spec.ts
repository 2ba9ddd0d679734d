// Settings → Audit trail: the check of the hash chain, in English and right-to-left Arabic,
// passes the accessibility scan with its result shown.
import { expect, test } from '@playwright/test';
import arAudit from '../../locales/ar/audit.json';
import enAudit from '../../locales/en/audit.json';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

test('the audit trail check reports an intact trail, in English and Arabic', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const check = page.getByRole('button', { name: enAudit.chain.check });
  await check.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('audit-chain-ok')).toContainText('Intact');
  await page.getByTestId('audit-chain-ok').scrollIntoViewIfNeeded();
  await screenshot(page, 'audit-chain-en');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: arAudit.chain.check }).click();
  await expect(page.getByTestId('audit-chain-ok')).toContainText('سليم');
  await page.getByTestId('audit-chain-ok').scrollIntoViewIfNeeded();
  await screenshot(page, 'audit-chain-ar');
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByTestId('audit-chain-warning')).toHaveCount(0);
});
