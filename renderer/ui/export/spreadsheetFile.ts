// Makes the bytes of a spreadsheet file in a Web Worker (spreadsheetWorker.ts): the rows are
// handed over a chunk at a time, yielding to the page between chunks, and the worker writes the
// CSV text or the workbook. Cancelling stops the worker at once.
import type { Sheet } from '../../../domain/spreadsheet/sheet';
import type { WorkerAnswer, WorkerRequest } from './spreadsheetWorker';

export type SpreadsheetFile =
  { format: 'csv'; texts: string[] } | { format: 'xlsx'; bytes: Uint8Array<ArrayBuffer> };

/** Rows handed to the worker per message: a few milliseconds of copying each. */
const CHUNK = 2_000;

/** Yields to the page, so that typing and the progress bar stay live between chunks. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function cancelled(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

function answerOf(worker: Worker, signal: AbortSignal | undefined) {
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const stop = () => reject(cancelled());
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      signal?.removeEventListener('abort', stop);
      resolve(event.data);
    };
    worker.onerror = (event) => {
      signal?.removeEventListener('abort', stop);
      reject(new Error(event.message || 'The spreadsheet writer stopped.'));
    };
  });
}

/** The file's content: CSV texts (one per sheet, with the byte-order mark) or a workbook. */
export async function spreadsheetFile(
  format: 'csv' | 'xlsx',
  sheets: readonly Sheet[],
  signal?: AbortSignal,
): Promise<SpreadsheetFile> {
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./spreadsheetWorker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    const answer = answerOf(worker, signal);
    // Without this, a cancel while rows are being handed over would leave `answer` unhandled.
    answer.catch(() => {});
    for (const [index, sheet] of sheets.entries()) {
      for (let start = 0; start === 0 || start < sheet.rows.length; start += CHUNK) {
        const rows = sheet.rows.slice(start, start + CHUNK);
        const request: WorkerRequest = { kind: 'rows', sheet: index, name: sheet.name, rows };
        worker.postMessage(request);
        await yieldToPage();
        signal?.throwIfAborted();
      }
    }
    worker.postMessage({ kind: 'write', format } satisfies WorkerRequest);
    const result = await answer;
    if (result.kind === 'failed') throw new Error(result.message);
    return result.kind === 'csv'
      ? { format: 'csv', texts: result.texts }
      : { format: 'xlsx', bytes: result.bytes };
  } finally {
    worker.terminate();
  }
}
