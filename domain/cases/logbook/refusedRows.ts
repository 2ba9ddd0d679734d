// The rows an import refused, as a CSV the officer can fix and import again: the logbook's own
// columns as written, then the reason in the officer's language. UTF-8 with a byte-order mark
// (Excel otherwise reads it as Windows-1252), every cell through the cell rule (csv.ts).
import { csvText } from '../../spreadsheet/csv';

export interface RefusedLine {
  line: number;
  cells: readonly string[];
  reasons: readonly { reason: string; value?: string }[];
}

export function refusedRowsCsv(
  header: readonly string[],
  refused: readonly RefusedLine[],
  labels: { line: string; reason: string },
  describe: (reason: { reason: string; value?: string }) => string,
): string {
  const rows = refused.map((row) => [
    row.line,
    ...header.map((_, i) => row.cells[i] ?? ''),
    row.reasons.map(describe).join('; '),
  ]);
  return `\uFEFF${csvText([[labels.line, ...header, labels.reason], ...rows])}`;
}
