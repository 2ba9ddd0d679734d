import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ar from '../../locales/ar/reports.json';
import arCommon from '../../locales/ar/common.json';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

async function loadSampleCases(page: Page, cases: number) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Number of sample cases' }).fill(String(cases));
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/^Loaded \d+ sample cases/)).toBeVisible({ timeout: 60_000 });
}

/** The print view as the browser prints it (A4), as text; with SCREENSHOTS=1 the PDF is kept. */
async function printedText(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  const dir = process.env.SCREENSHOTS ? '.screenshots' : mkdtempSync(join(tmpdir(), 'tulay-pdf-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  return execFileSync('pdftotext', [join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
}

const figure = (page: Page, label: string) => page.locator(`[data-figure="${label}"]`);

// The page's clock starts on 17 June 2026, 10:00 and runs on: the sample cases are generated
// back from "now", and in the first days of January this year held none of them ("New cases: 0").
const NOW = new Date(2026, 5, 17, 10);

/** This year's report, computed (not the period before, faded while the year is worked out). */
const yearReportShown = (page: Page) =>
  page.locator(`.report-body[aria-busy="false"] [data-report^="${NOW.getFullYear()}-01-01.."]`);

test('the year in figures, charts and tables, in English and in Arabic, and printed', async ({
  page,
}) => {
  // Four accessibility scans of long pages (the world map has a path per country).
  test.setTimeout(240_000);
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await completeSetup(page);
  await loadSampleCases(page, 200);

  await page.getByRole('link', { name: 'Reports' }).click();
  await page.getByText('This year', { exact: true }).click();
  await expect(page).toHaveURL(/period=year/);
  await expect(figure(page, 'New cases')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('report-categories').getByRole('link').first()).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'World map of the cases by country' }),
  ).toBeVisible();
  // The month shown before fades while the year is computed: scan the year's report itself.
  await expect(yearReportShown(page)).toBeVisible();
  await screenshot(page, 'reports-en');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Print monthly report' }).click();
  const sheet = page.getByTestId('report-print');
  await expect(sheet).toContainText('Municipal OFW Help Desk');
  await expect(sheet.getByRole('heading', { name: 'Report of the help desk' })).toBeVisible();
  await expect(sheet.locator('[data-figure="New cases"]')).toHaveText(/^[1-9]\d*$/);
  await screenshot(page, 'reports-print-en');
  await expectNoSeriousA11yViolations(page);
  const text = await printedText(page, 'reports-print-en');
  expect(text).toContain('Municipal OFW Help Desk');
  expect(text).toContain('Report of the help desk');
  expect(text).toContain('Cases by client role');
  expect(text).not.toContain('Print or save as PDF');
  await page.getByRole('button', { name: 'Back' }).click();

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('link', { name: arCommon.nav.reports }).click();
  await page.getByText(ar.period.year, { exact: true }).click();
  await expect(figure(page, ar.cases.opened)).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByRole('heading', { level: 1, name: ar.title })).toBeVisible();
  await expect(yearReportShown(page)).toBeVisible();
  await screenshot(page, 'reports-ar');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: ar.print }).click();
  const arSheet = page.getByTestId('report-print');
  await expect(arSheet.getByRole('heading', { name: ar.printTitle })).toBeVisible();
  await expect(arSheet.locator(`[data-figure="${ar.cases.opened}"]`)).toHaveText(/^[1-9]\d*$/);
  await screenshot(page, 'reports-print-ar');
  const arText = await printedText(page, 'reports-print-ar');
  expect(arText).toContain('Municipal OFW Help Desk');
  // pdftotext splits Arabic words at its ligatures and wraps them in direction marks.
  const squeeze = (value: string) => value.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');
  expect(squeeze(arText)).toContain(squeeze(ar.byRole));
});
