// A CSV file as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads ñ, é and
// Arabic as mojibake), cells through the cell rule (csv.ts).
import type { CellValue } from './cells';
import { csvText } from './csv';

export const BOM = '\uFEFF';

export function csvFile(rows: readonly (readonly CellValue[])[]): string {
  return BOM + csvText(rows);
}
