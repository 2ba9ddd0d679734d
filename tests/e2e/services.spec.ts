// A client leaves with a handout they can read: a starter service printed to PDF in Filipino and
// in Arabic, checked by the text of the PDF itself.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeSetup, expectNoSeriousA11yViolations, LEGAZPI, screenshot } from './helpers';

const OEC = 'Overseas Employment Certificate (OEC) and e-Registration';

/** pdftotext splits shaped Arabic words with spaces and wraps runs in direction marks; compare
 *  the letters only. */
const letters = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

/** The text of the print view as a PDF; with SCREENSHOTS=1 the PDF is kept for a person. */
async function pdfText(page: Page, name: string): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'tulay-handout-'));
  try {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    if (process.env.SCREENSHOTS) writeFileSync(`.screenshots/${name}.pdf`, pdf);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openOec(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Services' }).click();
  await page.getByRole('link', { name: OEC }).click();
  await expect(page.getByRole('heading', { level: 1, name: OEC })).toBeVisible();
}

async function printHandout(page: Page, option: string) {
  await page.getByRole('combobox', { name: 'Language of the handout' }).click();
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('link', { name: 'Print handout' }).click();
  await expect(page.getByTestId('handout-sheet')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
}

test('a starter handout prints in Filipino and in Arabic, with the desk name', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await openOec(page);
  await screenshot(page, 'service-oec-en');

  await printHandout(page, 'Filipino — written');
  await screenshot(page, 'handout-oec-fil');
  const filipino = await pdfText(page, 'handout-oec-fil');
  expect(filipino).toContain('Pagkuha ng OEC');
  expect(filipino).toContain('Mga dadalhin');
  expect(filipino).toContain('Balidong pasaporte');
  expect(filipino).toContain(LEGAZPI.deskName);
  expect(filipino).not.toContain('What to bring');

  await page.getByRole('button', { name: 'Back' }).click();
  await printHandout(page, 'العربية — written');
  await expect(page.getByTestId('handout-sheet')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'handout-oec-ar');
  const arabic = await pdfText(page, 'handout-oec-ar');
  expect(letters(arabic)).toContain(letters('الحصول على شهادة العمل في الخارج'));
  expect(letters(arabic)).toContain(letters('ما يجب إحضاره'));
  expect(letters(arabic)).toContain(letters('جواز سفر ساري المفعول'));
  expect(arabic).toContain('onlineservices.dmw.gov.ph');
  expect(arabic).toContain(LEGAZPI.deskName);
});

test('a language without a handout is marked, and its print view says so', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await openOec(page);
  await page.getByRole('combobox', { name: 'Language of the handout' }).click();
  await page.getByRole('option', { name: 'Català — not written yet' }).click();
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeDisabled();
  const id = page.url().split('/').pop()!;
  await page.goto(`/#/print/service/${id}?lang=ca`);
  await expect(page.getByTestId('handout-not-available')).toContainText(
    'No disponible en aquesta llengua',
  );
});

test('the services pages pass the accessibility scan in English', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Services' }).click();
  await expect(page.getByRole('link', { name: OEC })).toBeVisible();
  // The pointer would stay on the navigation link just clicked; scan the page at rest.
  await page.mouse.move(0, 0);
  await screenshot(page, 'services-list-en');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: OEC }).click();
  await expect(page.getByRole('heading', { level: 1, name: OEC })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('the services pages pass the accessibility scan in Arabic', async ({ page }) => {
  await page.goto('/');
  await completeSetup(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('navigation').getByRole('link', { name: 'الخدمات' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'الخدمات' })).toBeVisible();
  await page.mouse.move(0, 0);
  await screenshot(page, 'services-list-ar');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: OEC }).click();
  await expect(page.getByRole('heading', { level: 1, name: OEC })).toBeVisible();
  await screenshot(page, 'service-oec-ar');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'طباعة النشرة' }).click();
  await expect(page.getByTestId('handout-sheet')).toHaveAttribute('lang', 'ar');
  await expectNoSeriousA11yViolations(page);
});
