// Saves sheets through the platform (a download in a browser, a save dialog on the desktop):
// Excel writes every sheet in one workbook; CSV (UTF-8 with a byte-order mark) one file a sheet.
// The file is made in a Web Worker (spreadsheetFile.ts), so a large export never holds the page.
import type { Sheet } from '../../../domain/spreadsheet/sheet';
import { platform } from '../../platform';
import { spreadsheetFile } from './spreadsheetFile';

export type ExportFormat = 'csv' | 'xlsx';

export interface SaveOptions {
  /** Stops the export (the worker with it); the promise then rejects with an AbortError. */
  signal?: AbortSignal | undefined;
  /** Told when every row is handed over and the file itself is being written. */
  onWriting?: (() => void) | undefined;
}

/** The path (or download name), or null when the officer cancelled the save dialog. */
export async function saveSpreadsheet(
  name: string,
  format: ExportFormat,
  sheets: readonly Sheet[],
  { signal, onWriting }: SaveOptions = {},
): Promise<string | null> {
  onWriting?.();
  const file = await spreadsheetFile(format, sheets, signal);
  if (file.format === 'csv') {
    let path: string | null = null;
    for (const [index, sheet] of sheets.entries()) {
      const suffix = sheets.length > 1 ? ` - ${sheet.name}` : '';
      path = await platform.saveFile({
        suggestedName: `${name}${suffix}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        data: file.texts[index] ?? '',
      });
      if (path === null) return null;
    }
    return path;
  }
  return platform.saveFile({
    suggestedName: `${name}.xlsx`,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    data: file.bytes,
  });
}
