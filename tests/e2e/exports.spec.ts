// The exports in the built app: a session's attendance downloaded as a workbook (written in the
// export worker under the app's Content-Security-Policy) and read back, the seminars list as CSV
// with its byte-order mark, then the Export controls looked at in Arabic (right to left).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import arCommon from '../../locales/ar/common.json';
import ar from '../../locales/ar/seminars.json';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';
import { createSession, importList } from './seminarSteps';

async function download(page: Page, button: string, item: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const started = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('seminars with attendance leave as Excel and CSV; the Export controls in English and Arabic', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await completeSetup(page);
  await createSession(page);
  await importList(page);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' })).toBeVisible();
  await screenshot(page, 'export-menu-seminar-en');
  await page.keyboard.press('Escape');
  const book = await download(page, 'Export', 'Excel workbook (.xlsx)');
  expect(book.name).toMatch(/^seminar-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const XLSX = await import('@e965/xlsx');
  const read = XLSX.read(book.bytes, { type: 'buffer' });
  expect(read.SheetNames).toEqual(['Sessions', 'Attendees']);
  const attendees = XLSX.utils.sheet_to_json<string[]>(read.Sheets['Attendees']!, { header: 1 });
  expect(attendees).toHaveLength(31);
  await expect(page.getByTestId('export-status')).toContainText('Saved to');
  await screenshot(page, 'export-saved-seminar-en');

  await page.getByRole('navigation').getByRole('link', { name: 'Seminars' }).click();
  const csv = await download(page, 'Export', 'CSV (Excel, LibreOffice)');
  expect(csv.name).toMatch(/^seminars-.* - Sessions\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8')).toContain('PDOS for household workers');

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('navigation').getByRole('link', { name: ar.list.title }).click();
  await page.getByRole('link', { name: /PDOS for household workers/ }).click();
  await expect(page.getByTestId('seminar-title')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.getByRole('button', { name: arCommon.export.button, exact: true }).click();
  await expect(page.getByRole('menuitem', { name: arCommon.export.xlsx })).toBeVisible();
  await screenshot(page, 'export-menu-seminar-ar');
  await page.keyboard.press('Escape');
  // Scanned with the menu closed: Mantine's open menu puts presentation dividers in role=menu.
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const arabic = await download(page, arCommon.export.button, arCommon.export.xlsx);
  const arBook = XLSX.read(arabic.bytes, { type: 'buffer' });
  expect(arBook.SheetNames).toEqual([ar.export.sessionsSheet, ar.export.attendeesSheet]);
  await expect(page.getByTestId('export-status')).toBeVisible();
  await screenshot(page, 'export-saved-seminar-ar');

  await page.getByRole('navigation').getByRole('link', { name: 'الخدمات' }).click();
  // The seminar page holds two tables until the services page replaces it.
  await expect(page.getByRole('heading', { level: 1, name: 'الخدمات' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await screenshot(page, 'export-services-ar');
  await expectNoSeriousA11yViolations(page);
});
