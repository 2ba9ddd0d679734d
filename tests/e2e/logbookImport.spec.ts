// The desk's old logbook comes into Tulay with the keyboard only: from the case list, a
// Windows-1252 file with semicolons saved by Spanish Excel is chosen, its columns and values are
// mapped, the date order decided, the preview checked, the rows imported, and the refused rows
// downloaded with their reason. Every step passes the accessibility scan, in English and in
// Arabic (right-to-left).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { completeSetup, expectNoSeriousA11yViolations, screenshot } from './helpers';

/** A hand-kept logbook: a title line, Spanish headers, dates that could be day or month first. */
function logbook(names: readonly string[]): Buffer {
  const rows = [
    'Libro de atención OFW 2024;;;;;;',
    'Fecha;Nombre y apellidos;Teléfono;País;Tipo de problema;Estado;Observaciones',
  ];
  names.forEach((name, i) => {
    const problem = ['Repat', 'unpaid salary', 'Passport', 'ask the mayor'][i % 4];
    rows.push(
      `${(i % 12) + 1}/${((i + 3) % 12) + 1}/2024;${name};0917 555 ${1000 + i};KSA;${problem};Abierto;Nota ${i + 1}`,
    );
  });
  rows.push('ayer;Peña Ocampo;;UAE;Repat;;Sin fecha');
  return Buffer.from(rows.join('\r\n'), 'latin1');
}

const ENGLISH_NAMES = ['María Peña', 'Iñigo Muñoz', 'Jose Reyes', 'Ana Santos', 'Rosa Garcia'];
const ARABIC_FILE_NAMES = ['Liza Ramos', 'Carlo Torres', 'Nena Lim', 'Mark Tan', 'Joy Valdez'];

/** Presses Tab until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('The element was never reached with Tab');
}

async function press(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

async function checkStep(page: Page, name: string, heading: string) {
  await expect(page.getByTestId('logbook-step')).toHaveText(heading);
  await screenshot(page, name);
  await expectNoSeriousA11yViolations(page);
}

interface Words {
  open: string;
  choose: string;
  next: string;
  steps: [file: string, columns: string, values: string, preview: string, done: string];
  dayFirst: RegExp;
  import: RegExp;
}

const EN: Words = {
  open: 'Import logbook',
  choose: 'Choose a file',
  next: 'Next',
  steps: ['File', 'Columns', 'Values', 'Preview', 'The logbook is imported'],
  dayFirst: /^Day first/,
  import: /^Import 4 rows$/,
};
const AR: Words = {
  open: 'استيراد السجل',
  choose: 'اختيار ملف',
  next: 'التالي',
  steps: ['الملف', 'الأعمدة', 'القيم', 'المعاينة', 'تم استيراد السجل'],
  dayFirst: /^اليوم أولًا/,
  import: /^استيراد الصفوف \(4\)$/,
};

async function importWithKeyboard(page: Page, words: Words, file: Buffer, lang: string) {
  await page.goto('/#/cases');
  await press(page, page.getByRole('link', { name: words.open }));
  const chooser = page.waitForEvent('filechooser');
  await press(page, page.getByRole('button', { name: words.choose }));
  await (await chooser).setFiles({ name: 'libro-2024.csv', mimeType: 'text/csv', buffer: file });
  await expect(page.getByTestId('logbook-row-count')).toBeVisible();
  await expect(page.getByTestId('logbook-first-rows')).toContainText('Teléfono');
  await checkStep(page, `logbook-file-${lang}`, words.steps[0]);

  await press(page, page.getByRole('button', { name: words.next }));
  await checkStep(page, `logbook-columns-${lang}`, words.steps[1]);

  await press(page, page.getByRole('button', { name: words.next }));
  await expect(page.getByTestId('logbook-step')).toHaveText(words.steps[2]);
  // "ask the mayor" has no guess: End picks the last choice, leaving its rows out.
  const undecided = page.locator('select[data-undecided]');
  await expect(undecided).toHaveCount(1);
  await tabTo(page, undecided);
  await page.keyboard.press('End');
  await expect(undecided).toHaveCount(0);
  // Every date could be day or month first: the officer says which.
  await tabTo(page, page.getByRole('radio', { name: words.dayFirst }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: words.dayFirst })).toBeChecked();
  await checkStep(page, `logbook-values-${lang}`, words.steps[2]);

  await press(page, page.getByRole('button', { name: words.next }));
  await expect(page.getByTestId('logbook-plan')).toBeVisible();
  await expect(page.getByTestId('logbook-refused-rows').getByRole('row')).toHaveCount(3);
  await checkStep(page, `logbook-preview-${lang}`, words.steps[3]);

  await press(page, page.getByRole('button', { name: words.import }));
  await expect(page.getByTestId('summary-cases')).toContainText('4');
  await checkStep(page, `logbook-summary-${lang}`, words.steps[4]);
}

test('the logbook is imported with the keyboard only, in English and in Arabic', async ({
  page,
}) => {
  await page.goto('/');
  await completeSetup(page);

  await importWithKeyboard(page, EN, logbook(ENGLISH_NAMES), 'en');
  await expect(page.getByTestId('summary-people')).toHaveText('People created: 4');
  await expect(page.getByTestId('summary-refused')).toHaveText('Rows refused: 2');
  const download = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Download the refused rows (CSV)' }));
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.startsWith('\uFEFFLine,Fecha,Nombre y apellidos')).toBe(true);
  expect(csv).toContain('“ask the mayor” (Problem type) is not mapped to a value of Tulay');
  expect(csv).toContain('“ayer” is not a date (Date of the case)');
  expect(csv).toContain('Peña Ocampo');

  await press(page, page.getByRole('link', { name: 'Open the case list' }));
  await expect(page.getByTestId('case-count')).toHaveText(/^4 of 4 cases$/);

  await page.goto('/#/settings');
  await page.getByRole('combobox', { name: 'Language', exact: true }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await importWithKeyboard(page, AR, logbook(ARABIC_FILE_NAMES), 'ar');
});
