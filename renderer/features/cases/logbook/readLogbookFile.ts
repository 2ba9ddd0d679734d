// A logbook file → its sheets' rows of cells, each with its line (the row number in a
// workbook). CSV in any encoding: detected (byte-order mark, valid UTF-8, else Windows-1252 as
// Spanish and Filipino Excel saves it), and the officer may override the guess; the delimiter
// (comma, semicolon, tab) is guessed. XLSX: SheetJS, loaded only when a workbook is chosen.
import type { SourceRow } from '../../../../domain/seminars/registrationCsv';
import { looksBinary, parseCsvTable } from '../../seminars';

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be', 'iso-8859-15'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export type LogbookFile =
  | { kind: 'csv'; encoding: Encoding; rows: SourceRow[] }
  | { kind: 'workbook'; sheets: { name: string; rows: SourceRow[] }[] }
  | { kind: 'brokenQuotes'; line: number }
  /** Not text: an image, a PDF, a document. */
  | { kind: 'notText' }
  | { kind: 'unreadable' };

const startsWith = (data: Uint8Array, bytes: readonly number[]) =>
  bytes.every((byte, i) => data[i] === byte);

export function detectEncoding(data: Uint8Array): Encoding {
  if (startsWith(data, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(data, [0xfe, 0xff])) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export function readCsvLogbook(data: Uint8Array, encoding = detectEncoding(data)): LogbookFile {
  if (!encoding.startsWith('utf-16') && looksBinary(data)) return { kind: 'notText' };
  const text = new TextDecoder(encoding).decode(data).replace(/^\uFEFF/, '');
  const table = parseCsvTable(text);
  if (table.kind === 'brokenQuotes') return table;
  if (table.kind !== 'table') return { kind: 'unreadable' };
  return { kind: 'csv', encoding, rows: table.rows };
}

const isWorkbook = (data: Uint8Array) =>
  startsWith(data, [0x50, 0x4b, 0x03, 0x04]) ||
  startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function readWorkbook(data: Uint8Array): Promise<LogbookFile> {
  const XLSX = await import('@e965/xlsx');
  // Dates as ISO text: a workbook's own date format would otherwise decide the order.
  const book = XLSX.read(data, { type: 'array', cellDates: true, dateNF: 'yyyy-mm-dd' });
  const sheets = book.SheetNames.map((name) => {
    const sheet = book.Sheets[name]!;
    const cells = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
      header: 1,
      raw: false,
      defval: '',
      blankrows: true,
      dateNF: 'yyyy-mm-dd',
    });
    const rows = cells.map((row, index) => ({
      line: index + 1,
      cells: row.map((cell) => (cell == null ? '' : String(cell as string | number | boolean))),
    }));
    return { name, rows };
  });
  return { kind: 'workbook', sheets };
}

export async function readLogbookFile(data: Uint8Array, encoding?: Encoding): Promise<LogbookFile> {
  if (isWorkbook(data)) {
    try {
      return await readWorkbook(data);
    } catch {
      return { kind: 'unreadable' };
    }
  }
  return readCsvLogbook(data, encoding);
}
