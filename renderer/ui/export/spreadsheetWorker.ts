// Writes a spreadsheet file off the page's thread: the rows arrive a chunk at a time, then the
// CSV text or the Excel workbook (seconds of work at 100,000 rows) is made here, so that the page
// keeps answering the officer and the progress bar keeps moving. Its client: spreadsheetFile.ts.
import type { CellValue } from '../../../domain/spreadsheet/cells';
import { csvFile } from '../../../domain/spreadsheet/csvFile';
import type { Sheet } from '../../../domain/spreadsheet/sheet';
import { xlsxBytes } from './xlsxBytes';

export type WorkerRequest =
  | { kind: 'rows'; sheet: number; name: string; rows: readonly (readonly CellValue[])[] }
  | { kind: 'write'; format: 'csv' | 'xlsx' };

export type WorkerAnswer =
  | { kind: 'csv'; texts: string[] }
  | { kind: 'xlsx'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'failed'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerAnswer, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

const sheets: { name: string; rows: (readonly CellValue[])[] }[] = [];

async function write(format: 'csv' | 'xlsx') {
  const whole: Sheet[] = sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows }));
  if (format === 'csv') {
    scope.postMessage({ kind: 'csv', texts: whole.map((sheet) => csvFile(sheet.rows)) });
    return;
  }
  const bytes = await xlsxBytes(whole);
  // The buffer is handed over, not copied.
  scope.postMessage({ kind: 'xlsx', bytes }, [bytes.buffer]);
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'rows') {
    const sheet = (sheets[request.sheet] ??= { name: request.name, rows: [] });
    for (const row of request.rows) sheet.rows.push(row);
    return;
  }
  write(request.format).catch((error: unknown) => {
    scope.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
