// The report's counts summed per month and staff member, beside the day rows (reportCounts.ts):
// a report of a year then reads 12 rows per staff member instead of 365. The same middleware
// keeps them, in the same transaction as the day rows, adding the same changes: a month row is
// always the sum of its month's day rows. The upgrade that creates the table (schema.ts, version
// 9) sums the day rows already stored.
import type { Transaction } from 'dexie';
import type { ReportCountRow } from './reportCounts';

export const REPORT_MONTHS = 'reportMonths';

export interface ReportMonthRow {
  /** "2026-05|staffId" (an empty staff id for unassigned cases). */
  id: string;
  /** YYYY-MM, local. */
  month: string;
  staff: string;
  counts: Record<string, number>;
}

type Delta = Map<string, Map<string, number>>;

/** "2026-05-23|staff" → "2026-05|staff". */
export const monthIdOf = (dayId: string) => `${dayId.slice(0, 7)}${dayId.slice(10)}`;

/** The changes of day rows (by day id) as the changes of their month rows. */
export function monthDelta(days: Delta): Delta {
  const months: Delta = new Map();
  for (const [dayId, changes] of days) {
    const id = monthIdOf(dayId);
    let into = months.get(id);
    if (!into) months.set(id, (into = new Map<string, number>()));
    for (const [key, change] of changes) into.set(key, (into.get(key) ?? 0) + change);
  }
  return months;
}

/** A month row for an id and its counts. */
export function monthRow(id: string, counts: Record<string, number>): ReportMonthRow {
  const [month = '', staff = ''] = id.split('|');
  return { id, month, staff, counts };
}

type Sums = Map<string, Record<string, number>>;

function addDays(sums: Sums, days: Iterable<Pick<ReportCountRow, 'id' | 'counts'>>) {
  for (const day of days) {
    const id = monthIdOf(day.id);
    let into = sums.get(id);
    if (!into) sums.set(id, (into = {}));
    for (const key in day.counts) into[key] = (into[key] ?? 0) + day.counts[key]!;
  }
}

function rowsOf(sums: Sums): ReportMonthRow[] {
  const rows: ReportMonthRow[] = [];
  for (const [id, counts] of sums) {
    const kept = Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
    if (Object.keys(kept).length > 0) rows.push(monthRow(id, kept));
  }
  return rows;
}

/** The month rows of a set of day rows (a count of zero is left out, as in the day rows). */
export function monthRowsOf(days: Iterable<Pick<ReportCountRow, 'id' | 'counts'>>) {
  const sums: Sums = new Map();
  addDays(sums, days);
  return rowsOf(sums);
}

const CHUNK = 2000;

/** Refills the month rows from the day rows stored, read a few thousand at a time. */
export async function fillReportMonths(tx: Transaction) {
  const days = tx.table<ReportCountRow, string>('reportCounts');
  const sums: Sums = new Map();
  let last: string | null = null;
  for (;;) {
    const from = last === null ? days.toCollection() : days.where(':id').above(last);
    const rows: ReportCountRow[] = await from.limit(CHUNK).toArray();
    addDays(sums, rows);
    if (rows.length < CHUNK) break;
    last = rows[rows.length - 1]!.id;
  }
  const table = tx.table(REPORT_MONTHS);
  await table.clear();
  const rows = rowsOf(sums);
  for (let i = 0; i < rows.length; i += CHUNK) await table.bulkPut(rows.slice(i, i + CHUNK));
}
