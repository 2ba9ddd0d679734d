// The steps of the seminars end-to-end tests: a session, a registration list imported from a
// CSV file, the check-in at the door, and certificates printed to PDF and read back.
import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDay } from '../../domain/localDay';
import { expectNoSeriousA11yViolations, screenshot } from './helpers';

const GIVEN = [
  'Maria',
  'Jose',
  'Ramon',
  'Liza',
  'Pedro',
  'Rosa',
  'Carlo',
  'Nena',
  'Dante',
  'Gloria',
];
const FAMILY = ['Santos', 'Reyes', 'Bautista'];
const DESTINATIONS = ['Saudi Arabia', 'KSA', 'Qatar', 'Hong Kong', 'Arabia Saudí', 'AE'];
export const REGISTERED = FAMILY.flatMap((family) => GIVEN.map((given) => `${given} ${family}`));
export const WALK_INS = ['Andres Bonifacio', 'Gabriela Silang', 'Apolinario Mabini'];

const dir = mkdtempSync(join(tmpdir(), 'tulay-seminar-'));

/** 30 good rows and 2 bad ones (no given name; a date written the American way), and a column
 *  the import does not know. */
export function registrationCsv(): string {
  const rows = REGISTERED.map((name, i) => {
    const [given, family] = name.split(' ');
    const birth = `19${80 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`;
    return [
      given,
      family,
      i % 2 ? 'M' : 'F',
      birth,
      `0917 555 ${String(1000 + i)}`,
      DESTINATIONS[i % 6],
      'ok',
    ];
  });
  rows.splice(10, 0, ['', 'Nobody', 'F', '1990-01-01', '', 'Qatar', '']);
  rows.splice(20, 0, ['Wrong', 'Date', 'M', '07/21/1994', '', 'Qatar', '']);
  const header = [
    'First Name',
    'Last Name',
    'Sex',
    'Date of Birth',
    'Mobile No.',
    'Intended Destination',
    'Remarks',
  ];
  return [header, ...rows].map((row) => row.join(',')).join('\n');
}

export async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The page printed to PDF on A4 or US Letter paper: its page count and its text. */
export async function pdfOf(page: Page, name: string, format: 'A4' | 'Letter' = 'A4') {
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  if (process.env.SCREENSHOTS) writeFileSync(`.screenshots/${name}.pdf`, readFileSync(file));
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
  );
  return { pages, text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) };
}

export async function createSession(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Seminars' }).click();
  await expect(page.getByTestId('seminars-empty')).toBeVisible();
  // The pointer off the navigation: an active link under the pointer has its hover colours.
  await page.mouse.move(900, 700);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: 'Schedule the first session' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('PDOS for household workers');
  await choose(page, 'Type of seminar', 'PDOS — Pre-Departure Orientation Seminar');
  // Typed as a desk in the Philippines writes it (month first), then one Tab to the start time.
  const [year, month, day] = localDay().split('-');
  await page.getByRole('textbox', { name: 'Date' }).pressSequentially(`${month}/${day}/${year}`);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Starts at')).toBeFocused();
  await page.getByLabel('Starts at').fill('08:00');
  await page.getByLabel('Ends at').fill('17:00');
  await page.getByRole('textbox', { name: 'Venue' }).fill('Legazpi City Hall, Session Hall');
  await page.getByRole('textbox', { name: 'Facilitators' }).fill('Liza Bautista, Engr. Ramon Cruz');
  await page.getByRole('textbox', { name: 'Capacity' }).fill('60');
  await screenshot(page, 'seminar-form-en');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByTestId('seminar-title')).toHaveText('PDOS for household workers');
}

export async function importList(page: Page) {
  const csv = join(dir, 'registrations.csv');
  writeFileSync(csv, registrationCsv());
  await page.getByRole('button', { name: 'Import a list' }).click();
  await expect(page.getByTestId('csv-help')).toContainText('birthDate');
  await expect(page.getByTestId('csv-help')).toContainText('Intended destination');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a CSV file' }).click();
  await (await chooser).setFiles(csv);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('With problems, skipped: 2');
  await expect(page.getByTestId('unknown-columns')).toContainText('Remarks');
  const problems = page.getByTestId('import-problems');
  await expect(problems.getByRole('row', { name: /12.*Given name is missing/ })).toBeVisible();
  await expect(
    problems.getByRole('row', { name: /Wrong Date.*not a date written YYYY-MM-DD/ }),
  ).toBeVisible();
  await expect(page.getByTestId('import-plan')).toContainText('30 will get a place');
  await expect(
    page.getByRole('combobox', { name: 'What the column “Intended Destination” holds' }),
  ).toHaveValue('destination');
  await page.getByRole('radio', { name: /Consent collected on the registration form/ }).check();
  await screenshot(page, 'seminar-import-preview-en');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Import 30 registrations' }).click();
  await expect(page.getByTestId('import-done')).toContainText('Imported: 30 with a place');
  await page.getByRole('button', { name: 'Back to the session' }).click();
  await expect(page.getByTestId('roster').getByTestId('roster-row')).toHaveCount(30);
  await expect(page.getByTestId('roster')).not.toContainText('Wrong Date');
}

export async function checkIn(
  page: Page,
  counter: (present: number, registered: number) => Promise<void>,
) {
  const search = page.getByRole('combobox', { name: /Name or registration code/ });
  await expect(search).toBeFocused();
  for (const [i, name] of REGISTERED.slice(0, 22).entries()) {
    await search.fill(name);
    await expect(page.getByRole('option', { selected: true })).toContainText(name);
    await search.press('Enter');
    await counter(i + 1, 30);
  }
  for (const [i, name] of WALK_INS.entries()) {
    await search.fill(name);
    await expect(page.getByRole('option', { selected: true })).toContainText('Walk-in');
    await search.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Family name' })).toHaveValue(
      name.split(' ')[1]!,
    );
    await page.keyboard.press('Enter');
    await counter(23 + i, 31 + i);
    await expect(search).toBeFocused();
  }
  // A mistaken check-in, undone, then done right.
  await search.fill('Gloria Bautista');
  await search.press('Enter');
  await counter(26, 33);
  await page.getByRole('button', { name: 'Undo the check-in of Gloria Bautista' }).click();
  await counter(25, 33);
}
