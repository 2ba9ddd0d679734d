import { describe, expect, it } from 'vitest';
import { spreadsheetFile } from '../../../renderer/ui/export/spreadsheetFile';

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => [`Maria Santos ${i}`, '=1+1', -12.5, i]);

describe('spreadsheetFile (the export worker)', () => {
  it('makes the CSV and the workbook off the page thread, text neutralised, numbers kept', async () => {
    const sheets = [{ name: 'Cases', rows: [['Name', 'Note', 'Lat', 'No.'], ...rows(4_500)] }];
    const csv = await spreadsheetFile('csv', sheets);
    expect(csv.format).toBe('csv');
    const text = csv.format === 'csv' ? csv.texts[0]! : '';
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // Every row arrived, in order, across the chunks handed to the worker.
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4_501);
    expect(lines[4_500]).toBe("Maria Santos 4499,'=1+1,-12.5,4499");

    const book = await spreadsheetFile('xlsx', sheets);
    const XLSX = await import('@e965/xlsx');
    const read = XLSX.read(book.format === 'xlsx' ? book.bytes : new Uint8Array(), {
      type: 'array',
      cellFormula: true,
    });
    const sheet = read.Sheets['Cases']!;
    expect(sheet['B2']).toMatchObject({ t: 's', v: "'=1+1" });
    expect(sheet['B2']).not.toHaveProperty('f');
    expect(sheet['C4501']).toMatchObject({ t: 'n', v: -12.5 });
  });

  it('stops when cancelled: the promise rejects with an AbortError and no file is made', async () => {
    const controller = new AbortController();
    const made = spreadsheetFile(
      'xlsx',
      [{ name: 'Cases', rows: rows(20_000) }],
      controller.signal,
    );
    controller.abort();
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
  });
});
