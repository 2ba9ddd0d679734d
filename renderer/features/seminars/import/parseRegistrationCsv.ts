// A registration list file → rows of cells, each with the line of the file it starts on (blank
// lines and cells written over several lines make row numbers and line numbers differ, and the
// officer looks for the line in their editor). Spreadsheets save CSV as UTF-8 (with or without
// a byte-order mark), as Windows-1252 in older Excel, or as UTF-16 ("Unicode text"); the
// delimiter is a comma, a semicolon (Spanish and Filipino settings) or a tab: papaparse guesses
// it. A quote that is never closed would swallow every following row into one cell, so the file
// is refused at that line instead.
import Papa from 'papaparse';
import type { SourceRow } from '../../../../domain/seminars/registrationCsv';

export type ReadFile =
  | { kind: 'table'; rows: SourceRow[] }
  /** Not text: an image, a PDF, or a workbook saved in Excel's own format. */
  | { kind: 'notText'; spreadsheet: boolean }
  | { kind: 'brokenQuotes'; line: number };

const startsWith = (data: Uint8Array, bytes: readonly number[]) =>
  bytes.every((byte, i) => data[i] === byte);

/** Workbooks: .xlsx (a ZIP) and the old .xls (an OLE compound file). */
const WORKBOOK_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

const isUtf16 = (data: Uint8Array) =>
  startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff]);

/** Text has no NUL bytes and few control characters; images and PDFs have many. */
export function looksBinary(data: Uint8Array): boolean {
  const head = data.subarray(0, 4096);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > head.length / 100;
}

export function decodeCsv(data: Uint8Array): string {
  if (isUtf16(data))
    return new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

const LINE_BREAK = /\r\n|\n|\r/g;
const breaksIn = (text: string) => text.match(LINE_BREAK)?.length ?? 0;

/** The rows of a CSV text, each with its first line; or the line of an unclosed quote. */
export function parseCsvTable(text: string): ReadFile {
  const rows: SourceRow[] = [];
  let line = 1;
  let start = 0;
  let broken: number | null = null;
  Papa.parse<string[]>(text, {
    step: (result, parser) => {
      const end = result.meta.cursor;
      if (result.errors.some((error) => error.type === 'Quotes')) {
        const at = Math.min(Math.max(result.errors[0]?.index ?? start, start), end);
        broken = line + breaksIn(text.slice(start, at));
        parser.abort();
        return;
      }
      rows.push({ line, cells: result.data.map((cell) => cell ?? '') });
      line += breaksIn(text.slice(start, end));
      start = end;
    },
  });
  return broken === null ? { kind: 'table', rows } : { kind: 'brokenQuotes', line: broken };
}

export function readRegistrationFile(data: Uint8Array): ReadFile {
  if (WORKBOOK_SIGNATURES.some((signature) => startsWith(data, signature)))
    return { kind: 'notText', spreadsheet: true };
  if (!isUtf16(data) && looksBinary(data)) return { kind: 'notText', spreadsheet: false };
  return parseCsvTable(decodeCsv(data));
}
