// Importing the desk's old logbook through the screen, as an officer would: a Spanish Excel file
// saved as Windows-1252 with semicolons, and a workbook with a cover sheet. Every step is driven
// through the page (only the OS file dialog and the save dialog are replaced), and what a desk
// would notice is asserted: the counts in the database and in the summary, the refused rows with
// their reasons (on the page and in the downloaded CSV), a cancel that leaves the database as it
// was, and the same file imported again recognised as already imported.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { platform } from '../../../renderer/platform';
import {
  ENGLISH,
  generateLogbook,
  logbookText,
  windows1252,
  type GeneratedLogbook,
} from '../../unit/cases/logbook/logbookFixture';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SPANISH = [
  'Referencia',
  'Fecha',
  'Nombre y apellidos',
  'Teléfono',
  'País',
  'Tipo de problema',
  'Estado',
  'Observaciones',
];

afterEach(() => {
  vi.restoreAllMocks();
});

/** The next file picker opened answers with these bytes, as if the officer had chosen them. */
function willPick(data: Uint8Array, name: string) {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
    this: HTMLInputElement,
  ) {
    const transfer = new DataTransfer();
    transfer.items.add(new File([data.slice()], name));
    this.files = transfer.files;
    this.dispatchEvent(new Event('change'));
  });
}

async function counts(databaseName: string) {
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const result = {
    cases: await db.cases.count(),
    people: await db.people.count(),
    audit: await db.audit.count(),
    outbox: await db.outbox.count(),
  };
  db.close();
  return result;
}

async function openImportPage() {
  const desk = await setUpDesk();
  await renderApp({ databaseName: desk.databaseName, path: '/cases' });
  // A desk with no case yet is offered the import next to the first inquiry.
  const empty = await screen.findByTestId('cases-empty', {}, { timeout: 5000 });
  await userEvent.click(within(empty).getByRole('link', { name: 'Import logbook' }));
  await screen.findByRole('heading', { name: 'Import the logbook' });
  return desk;
}

const next = () => userEvent.click(screen.getByRole('button', { name: 'Next' }));

async function pickFile(data: Uint8Array, name: string) {
  willPick(data, name);
  await userEvent.click(screen.getByRole('button', { name: /^Choose (a|another) file$/ }));
  await waitFor(() => expect(screen.getByTestId('logbook-file-name').textContent).toBe(name));
}

/** Every value Tulay could not guess is left out, as the officer decides; then the preview. */
async function leaveUnguessedOut() {
  await screen.findByRole('heading', { name: 'Values' });
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-undecided]'))
    await userEvent.selectOptions(select, 'Do not import these rows');
  await waitFor(() => expect(document.querySelector('select[data-undecided]')).toBeNull());
  await next();
  await screen.findByRole('heading', { name: 'Preview' });
}

const plan = () => screen.findByTestId('logbook-plan', {}, { timeout: 30_000 });

describe('importing the desk logbook', () => {
  it('imports a Windows-1252 semicolon file, refuses its bad rows with reasons, and recognises the same file the second time', async () => {
    const book: GeneratedLogbook = generateLogbook(2000, SPANISH, ['dmy', 'iso']);
    const data = windows1252(logbookText(book, ';'));
    const desk = await openImportPage();
    const before = await counts(desk.databaseName);

    await pickFile(data, 'libro-2024.csv');
    const encoding = screen.getByRole<HTMLSelectElement>('combobox', {
      name: /Encoding of the text/,
    });
    expect(encoding.value).toBe('windows-1252');
    expect(screen.getByTestId('logbook-row-count').textContent).toBe('Rows read: 2,001');
    // Read as UTF-8 the accents break; back in Windows-1252 "Peña" reads right again.
    await userEvent.selectOptions(encoding, 'utf-8');
    await waitFor(() =>
      expect(screen.getByTestId('logbook-first-rows').textContent).toContain('Pa\uFFFDs'),
    );
    await userEvent.selectOptions(encoding, 'windows-1252');
    await waitFor(() =>
      expect(screen.getByTestId('logbook-first-rows').textContent).toContain('País'),
    );

    await next();
    await screen.findByRole('heading', { name: 'Columns' });
    const readAs = (column: string) =>
      screen.getByRole<HTMLSelectElement>('combobox', {
        name: `What the column “${column}” holds`,
      });
    expect(readAs('Nombre y apellidos').value).toBe('fullName');
    expect(readAs('Tipo de problema').value).toBe('category');
    expect(readAs('País').value).toBe('country');
    // Leaving the date out stops the import before the values, saying what is missing.
    await userEvent.selectOptions(readAs('Fecha'), 'Do not import');
    expect(screen.getByTestId('logbook-missing-columns').textContent).toContain('the date');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    await userEvent.selectOptions(readAs('Fecha'), 'Date of the case');
    await next();

    await screen.findByRole('heading', { name: 'Values' });
    const value = (text: string, field: string) =>
      screen.getByRole<HTMLSelectElement>('combobox', {
        name: `What “${text}” (${field}) becomes`,
      });
    expect(value('Repat', 'Problem type').value).toBe('repatriation');
    expect(value('KSA', 'Country').value).toBe('SA');
    expect(value('Closed', 'Status').value).toBe('closedResolved');
    // "ask the mayor" has no guess: the preview waits until the officer decides.
    expect(value('ask the mayor', 'Problem type').value).toBe('');
    await next();
    expect((await screen.findByTestId('logbook-decide-first')).textContent).toMatch(/^Decide/);
    expect(document.activeElement).toBe(value('ask the mayor', 'Problem type'));
    await leaveUnguessedOut();

    const planned = await plan();
    expect(planned.textContent).toBe(
      `The import will create ${book.valid.toLocaleString('en')} cases and ${book.people} new people, and link 0 people already recorded.`,
    );
    const refused = within(screen.getByTestId('logbook-refused-rows'));
    expect(refused.getAllByRole('row')).toHaveLength(book.bad.size + 1);
    // Line 19 of the file is row 17 of the logbook: its date is 31/02/2024.
    expect(
      refused.getByRole('row', { name: /^19 .*“31\/02\/2024” is not a date \(Date of the case\)/ }),
    ).toBeTruthy();
    expect(refused.getByRole('row', { name: /^9 +No name$/ })).toBeTruthy();
    const stored = within(screen.getByTestId('logbook-stored-rows'));
    expect(stored.getAllByRole('row')[1]!.textContent).toContain('Ref. 1 — ');

    await userEvent.click(
      screen.getByRole('button', { name: `Import ${book.valid.toLocaleString('en')} rows` }),
    );
    await screen.findByTestId('logbook-summary', {}, { timeout: 90_000 });
    expect(screen.getByTestId('summary-cases').textContent).toBe(
      `Cases created: ${book.valid.toLocaleString('en')}`,
    );
    expect(screen.getByTestId('summary-people').textContent).toBe(`People created: ${book.people}`);
    expect(screen.getByTestId('summary-matched').textContent).toBe(
      'People already recorded, linked: 0',
    );
    expect(screen.getByTestId('summary-refused').textContent).toBe(
      `Rows refused: ${book.bad.size}`,
    );
    const after = await counts(desk.databaseName);
    expect(after.cases - before.cases).toBe(book.valid);
    expect(after.people - before.people).toBe(book.people);

    // The refused rows as a CSV Excel opens right: byte-order mark, line, the row, the reason.
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('refused-rows.csv');
    await userEvent.click(screen.getByRole('button', { name: 'Download the refused rows (CSV)' }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    const csv = save.mock.calls[0]![0].data as string;
    expect(save.mock.calls[0]![0].suggestedName).toMatch(/^refused-rows-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith('\uFEFFLine,Referencia,Fecha,Nombre y apellidos')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(book.bad.size + 1);
    expect(lines[0]!.endsWith(',Reason')).toBe(true);
    expect(lines.find((l) => l.startsWith('19,'))).toContain(
      '“31/02/2024” is not a date (Date of the case)',
    );
    expect(lines.find((l) => l.startsWith('29,'))).toContain(
      '“ask the mayor” (Problem type) is not mapped to a value of Tulay',
    );

    // The same file again: every row is recognised as already imported, nothing can be written.
    await userEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    await pickFile(data, 'libro-2024.csv');
    await next();
    await next();
    await leaveUnguessedOut();
    expect((await plan()).textContent).toBe(
      'The import will create 0 cases and 0 new people, and link 0 people already recorded.',
    );
    expect(screen.getByTestId('logbook-nothing')).toBeTruthy();
    expect(screen.getByTestId('logbook-refused-count').textContent).toBe('Refused: 2,000');
    const again = within(screen.getByTestId('logbook-refused-rows'));
    expect(
      again.getByRole('row', { name: /^2 .*Already in Tulay: this case was imported before/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Import 0 rows$/ })).toHaveProperty(
      'disabled',
      true,
    );
    expect(await counts(desk.databaseName)).toEqual(after);
  }, 240_000);

  it('imports the chosen sheet of an XLSX workbook, and a cancel leaves the database as it was', async () => {
    const XLSX = await import('@e965/xlsx');
    // Its people and its cases are two chunks: the cancel comes after the first is written.
    const book = generateLogbook(2000, ENGLISH, ['iso', 'named']);
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Summary 2024']]), 'Cover');
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([book.header, ...book.rows]),
      'Logbook',
    );
    const data = new Uint8Array(
      XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const desk = await openImportPage();

    // Not a logbook first: a PNG is refused with what to do.
    willPick(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0]), 'photo.csv');
    await userEvent.click(screen.getByRole('button', { name: 'Choose a file' }));
    expect((await screen.findByTestId('logbook-file-problem')).textContent).toMatch(
      /^This is neither a CSV text file nor an Excel workbook/,
    );

    await pickFile(data, 'logbook.xlsx');
    const sheet = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Sheet of the workbook',
    });
    await userEvent.selectOptions(sheet, 'Logbook — rows: 2,001');
    await waitFor(() =>
      expect(screen.getByTestId('logbook-row-count').textContent).toBe('Rows read: 2,001'),
    );
    await next();
    await screen.findByRole('heading', { name: 'Columns' });
    await next();
    await leaveUnguessedOut();
    await plan();
    const before = await counts(desk.databaseName);

    // Cancelled as soon as the first chunk is written (pressed at once, not through the slower
    // simulated pointer), while the next is being written: nothing of either stays.
    let cancelHadFocus = false;
    const cancelled = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (Number(bar?.getAttribute('aria-valuenow') ?? 0) <= 0) return;
        observer.disconnect();
        const cancel = screen.getByRole('button', { name: 'Cancel' });
        cancelHadFocus = document.activeElement === cancel;
        cancel.click();
        resolve();
      });
      observer.observe(document.body, { subtree: true, attributes: true, childList: true });
    });
    await userEvent.click(
      screen.getByRole('button', { name: `Import ${book.valid.toLocaleString('en')} rows` }),
    );
    expect(screen.getByRole('progressbar', { name: 'Progress of the import' })).toBeTruthy();
    await cancelled;
    expect(cancelHadFocus).toBe(true);
    expect(
      (await screen.findByTestId('logbook-cancelled', {}, { timeout: 60_000 })).textContent,
    ).toBe('The import was cancelled. Nothing was saved.');
    expect(await counts(desk.databaseName)).toEqual(before);

    // Imported for real this time.
    await userEvent.click(
      screen.getByRole('button', { name: `Import ${book.valid.toLocaleString('en')} rows` }),
    );
    await screen.findByTestId('logbook-summary', {}, { timeout: 120_000 });
    expect(screen.getByTestId('summary-cases').textContent).toBe(
      `Cases created: ${book.valid.toLocaleString('en')}`,
    );
    const after = await counts(desk.databaseName);
    expect(after.cases).toBe(book.valid);
    expect(after.people).toBe(book.people);
  }, 300_000);
});
