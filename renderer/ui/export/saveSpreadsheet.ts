// Saves sheets through the platform (a download in a browser, a save dialog on the desktop):
// Excel writes every sheet in one workbook; CSV (UTF-8 with a byte-order mark) one file a sheet.
import { csvFile } from '../../../domain/spreadsheet/csvFile';
import type { Sheet } from '../../../domain/spreadsheet/sheet';
import { platform } from '../../platform';
import { xlsxBytes } from './xlsxBytes';

export type ExportFormat = 'csv' | 'xlsx';

/** The path (or download name), or null when the officer cancelled. */
export async function saveSpreadsheet(
  name: string,
  format: ExportFormat,
  sheets: readonly Sheet[],
): Promise<string | null> {
  if (format === 'csv') {
    let path: string | null = null;
    for (const sheet of sheets) {
      const suffix = sheets.length > 1 ? ` - ${sheet.name}` : '';
      path = await platform.saveFile({
        suggestedName: `${name}${suffix}.csv`,
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        data: csvFile(sheet.rows),
      });
      if (path === null) return null;
    }
    return path;
  }
  return platform.saveFile({
    suggestedName: `${name}.xlsx`,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    data: await xlsxBytes(sheets),
  });
}
