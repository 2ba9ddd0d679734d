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

test('the audit viewer lists and filters the trail by keyboard, in English and Arabic', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const open = page.getByRole('link', { name: enAudit.viewer.open });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: enAudit.viewer.title })).toBeVisible();
  await expect(page.getByTestId('audit-entry').first()).toBeVisible();

  // The action filter by keyboard: type, Enter picks the match and never submits.
  const action = page.getByTestId('audit-filter-action');
  await action.focus();
  await page.keyboard.type('creat');
  await page.keyboard.press('Enter');
  await expect(action).toHaveValue(enAudit.actions.create);
  const rows = page.getByTestId('audit-entry');
  await expect(rows.first()).toHaveAttribute('data-action', 'create');
  // Asked of the list as it stands, not row by row: the list redraws while the filter applies,
  // and a row taken before that may be gone.
  await expect(page.locator('[data-testid="audit-entry"]:not([data-action="create"])')).toHaveCount(
    0,
  );
  await screenshot(page, 'audit-viewer-en');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: enAudit.viewer.back }).click();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: arAudit.viewer.open }).click();
  await expect(page.getByRole('heading', { name: arAudit.viewer.title })).toBeVisible();
  await expect(page.getByTestId('audit-entry').first()).toBeVisible();
  await screenshot(page, 'audit-viewer-ar');
  await expectNoSeriousA11yViolations(page);
});
