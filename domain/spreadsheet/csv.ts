// Rows of cells as CSV text (RFC 4180: commas, CRLF, quotes doubled), every cell through the
// cell rule (cells.ts), so that no export can forget to neutralise formulas.
import { sheetCell, type CellValue } from './cells';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function csvField(value: CellValue): string {
  const cell = sheetCell(value);
  if (typeof cell === 'number') return String(cell);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvText(rows: readonly (readonly CellValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n');
}
