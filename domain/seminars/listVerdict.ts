// Whether a file is a registration list at all. A file chosen by mistake (a social-services
// registry, a payroll) shares a few headers with one ("Nombre", "Apellidos") and would otherwise
// be offered for import row by row; so the import stops when most of its columns mean nothing
// to a registration, or when most of its rows lack what a registration needs. The officer can
// still say by hand what each column holds, which settles the first question.
import type { ColumnSource } from './csvColumns';

export type ListVerdict =
  | { kind: 'ok' }
  /** A required column (given or family name) is missing: the officer can point at it. */
  | { kind: 'missingColumns' }
  /** More than half of the named columns are neither recognised nor decided by the officer. */
  | { kind: 'notAList'; reason: 'columns'; known: number; total: number }
  /** More than half of the rows have problems. */
  | { kind: 'notAList'; reason: 'rows'; bad: number; total: number };

/** Below this many rows, the problems table says enough on its own. */
const FEW_ROWS = 5;

export function judgeList(
  columns: readonly { source: ColumnSource }[],
  rows: readonly { problems: readonly unknown[] }[],
  missingColumns: boolean,
): ListVerdict {
  const named = columns.filter((c) => c.source !== 'empty');
  const unknown = named.filter((c) => c.source === 'unknown').length;
  if (named.length > 0 && unknown * 2 > named.length)
    return {
      kind: 'notAList',
      reason: 'columns',
      known: named.length - unknown,
      total: named.length,
    };
  if (missingColumns) return { kind: 'missingColumns' };
  const bad = rows.filter((row) => row.problems.length > 0).length;
  if (rows.length >= FEW_ROWS && bad * 2 > rows.length)
    return { kind: 'notAList', reason: 'rows', bad, total: rows.length };
  return { kind: 'ok' };
}
