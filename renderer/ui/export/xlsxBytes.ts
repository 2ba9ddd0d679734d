// Sheets as an Excel workbook (.xlsx). The library is loaded only when a workbook is made
// (dynamic import), so it stays out of the main bundle. Every cell goes through the cell rule
// (domain/spreadsheet/cells.ts) and is written as a value: a text cell is a string cell, never a
// formula, and a number stays a number.
import { sheetCell } from '../../../domain/spreadsheet/cells';
import type { Sheet } from '../../../domain/spreadsheet/sheet';

/** The workbook's bytes. */
export async function xlsxBytes(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((row) => row.map(sheetCell)));
    XLSX.utils.book_append_sheet(book, ws, sheet.name.slice(0, 31));
  }
  const out = XLSX.write(book, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  }) as ArrayBuffer;
  return new Uint8Array(out);
}
