// The report's counts kept in memory a month at a time: a whole month as its totals per staff
// member, read from the month rows the write path keeps (renderer/db/reportMonths.ts), and the
// day rows only of a month the period covers in part or that holds today. A year is then 12
// month rows per staff member and one month of days, so switching the period redraws at once
// at 100,000 cases. Any change to the counts (a write in
// this window or, through Dexie's "storagemutated" event, in another) drops the cache; the live
// query that reads it re-runs on the same change and fills it again.
import { Dexie, type ObservabilitySet } from 'dexie';
import type { Period } from '../../../domain/reports/periods';
import type { DayRow } from '../../../domain/reports/reportFigures';
import type { ReportMonthRow, TulayDatabase } from '../../db';

/** A month's totals per staff member, and of everyone under ALL. */
type Totals = Map<string, Record<string, number>>;

const ALL = '\u0000all';
/** By database name: the connection the months were read through, and what was read of them
 *  (as it is read, so that two reports asking for the same month wait for the same read): the
 *  month totals (reportMonths) and, for the months a period only partly covers or that hold
 *  today, the day rows. */
interface Cache {
  db: TulayDatabase;
  totals: Map<string, Promise<Totals>>;
  days: Map<string, Promise<DayRow[]>>;
}
const caches = new Map<string, Cache>();

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const name of caches.keys()) {
    const prefixes = [`idb://${name}/reportCounts/`, `idb://${name}/reportMonths/`];
    if (Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p))))
      caches.delete(name);
  }
});

/** Forgets the counts kept of a database (a lock: reportMemory.ts); the next report reads. */
export function dropCountsCache(name: string) {
  caches.delete(name);
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (day: string) => day.slice(0, 7);
const firstDay = (month: string) => `${month}-01`;
function lastDay(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(y, m, 0).getDate())}`;
}
function nextMonth(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** The months (YYYY-MM) a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (let m = monthOf(period.from); m <= monthOf(period.to); m = nextMonth(m)) months.push(m);
  return months;
}

function addInto(into: Record<string, number>, counts: Readonly<Record<string, number>>) {
  for (const key in counts) into[key] = (into[key] ?? 0) + counts[key]!;
}

function totalsOf(rows: readonly ReportMonthRow[]): Totals {
  const totals: Totals = new Map([[ALL, {}]]);
  for (const row of rows) {
    let mine = totals.get(row.staff);
    if (!mine) totals.set(row.staff, (mine = {}));
    addInto(mine, row.counts);
    addInto(totals.get(ALL)!, row.counts);
  }
  return totals;
}

/** Runs of consecutive months not yet in `cache`. */
function missingRuns(cache: Map<string, unknown>, months: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const month of months) {
    if (cache.has(month)) continue;
    const run = runs[runs.length - 1];
    if (run && nextMonth(run[run.length - 1]!) === month) run.push(month);
    else runs.push([month]);
  }
  return runs;
}

/** Starts one read per run of missing months, and keeps each month's part of it in `cache`. */
function load<Row, Kept>(
  cache: Map<string, Promise<Kept>>,
  months: readonly string[],
  read: (run: string[]) => Promise<Row[]>,
  monthOfRow: (row: Row) => string,
  keep: (rows: Row[]) => Kept,
) {
  for (const run of missingRuns(cache, months)) {
    const reading = read(run).then((rows) => {
      const byMonth = new Map(run.map((month) => [month, [] as Row[]]));
      for (const row of rows) byMonth.get(monthOfRow(row))?.push(row);
      return new Map([...byMonth].map(([month, part]) => [month, keep(part)]));
    });
    // A failed read is not kept: the next report reads the months again.
    reading.catch(() => run.forEach((month) => cache.delete(month)));
    for (const month of run) {
      const part = reading.then((parts) => parts.get(month)!);
      // A month read ahead may never be asked for: its failure is the next report's to show.
      part.catch(() => undefined);
      cache.set(month, part);
    }
  }
}

function loadTotals(db: TulayDatabase, cache: Cache, months: readonly string[]) {
  load(
    cache.totals,
    months,
    (run) =>
      db.reportMonths
        .where('month')
        .between(run[0]!, run[run.length - 1]!, true, true)
        .toArray(),
    (row) => row.month,
    totalsOf,
  );
}

function loadDays(db: TulayDatabase, cache: Cache, months: readonly string[]) {
  load(
    cache.days,
    months,
    (run) =>
      db.reportCounts
        .where('day')
        .between(firstDay(run[0]!), lastDay(run[run.length - 1]!), true, true)
        .toArray(),
    (row: DayRow) => monthOf(row.day),
    (rows) => rows,
  );
}

/** What an officer is likely to ask for next: this year's months (with last year's December in
 *  January) as totals, and the days of the month holding today. */
function readAhead(db: TulayDatabase, cache: Cache, today: string) {
  const year = today.slice(0, 4);
  const months = monthsOf({ from: `${year}-01-01`, to: `${year}-12-31` });
  const [y, m] = today.split('-').map(Number) as [number, number];
  if (m === 1) months.unshift(`${y - 1}-12`);
  loadTotals(db, cache, months);
  loadDays(db, cache, [monthOf(today)]);
}

/**
 * The rows to sum for a period (of one staff member's cases when `staff` is given): a whole
 * month as one row of its totals, dated so that its open follow-ups fall on the right side of
 * `today` — a month that holds today, or is only partly in the period, as its day rows.
 */
export async function readPeriodRows(
  db: TulayDatabase,
  period: Period,
  staff: string | null,
  today: string,
): Promise<DayRow[]> {
  let cache = caches.get(db.name);
  if (cache?.db !== db) caches.set(db.name, (cache = { db, totals: new Map(), days: new Map() }));
  const names = monthsOf(period);
  const whole = (name: string) => {
    const first = firstDay(name);
    const last = lastDay(name);
    return period.from <= first && last <= period.to && (last < today || first >= today);
  };
  loadTotals(db, cache, names.filter(whole));
  loadDays(
    db,
    cache,
    names.filter((name) => !whole(name)),
  );
  // The cache may be dropped by a write meanwhile: these are the months as read.
  const { totals, days } = cache;
  const parts = await Promise.all(
    names.map((name) => (whole(name) ? totals.get(name)! : days.get(name)!)),
  );
  // Then, in the background, the rest of the year, so that the next period is drawn at once.
  readAhead(db, cache, today);
  const rows: DayRow[] = [];
  for (const [i, name] of names.entries()) {
    const part = parts[i]!;
    if (!Array.isArray(part)) {
      const counts = part.get(staff ?? ALL);
      const last = lastDay(name);
      if (counts)
        rows.push({ day: last < today ? last : firstDay(name), staff: staff ?? '', counts });
      continue;
    }
    for (const row of part) {
      if (row.day < period.from || row.day > period.to) continue;
      if (staff === null || row.staff === staff) rows.push(row);
    }
  }
  return rows;
}
