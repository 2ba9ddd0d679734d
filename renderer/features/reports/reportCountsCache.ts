// The report's day counts kept in memory a month at a time, with each month's totals per staff
// member: a year then sums 12 month totals instead of reading 365 × staff rows from IndexedDB,
// so switching the period redraws at once at 100,000 cases. Any change to the counts (a write in
// this window or, through Dexie's "storagemutated" event, in another) drops the cache; the live
// query that reads it re-runs on the same change and fills it again.
import { Dexie, type ObservabilitySet } from 'dexie';
import type { Period } from '../../../domain/reports/periods';
import type { DayRow } from '../../../domain/reports/reportFigures';
import type { TulayDatabase } from '../../db';

interface Month {
  days: readonly DayRow[];
  /** Summed counts of the month per staff member, and of everyone under ALL. */
  totals: Map<string, Record<string, number>>;
}

const ALL = '\u0000all';
/** By database name: the connection the months were read through, and the months (as they
 *  are read, so that two reports asking for the same month wait for the same read). */
const caches = new Map<string, { db: TulayDatabase; months: Map<string, Promise<Month>> }>();

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const name of caches.keys()) {
    const prefix = `idb://${name}/reportCounts/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) caches.delete(name);
  }
});

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

function monthOfRows(days: DayRow[]): Month {
  const totals = new Map<string, Record<string, number>>([[ALL, {}]]);
  for (const row of days) {
    let mine = totals.get(row.staff);
    if (!mine) totals.set(row.staff, (mine = {}));
    addInto(mine, row.counts);
    addInto(totals.get(ALL)!, row.counts);
  }
  return { days, totals };
}

/** Starts reading the months not yet in memory, one range of days per run of missing months. */
function loadMonths(db: TulayDatabase, cache: Map<string, Promise<Month>>, months: string[]) {
  const runs: string[][] = [];
  for (const month of months) {
    if (cache.has(month)) continue;
    const run = runs[runs.length - 1];
    if (run && nextMonth(run[run.length - 1]!) === month) run.push(month);
    else runs.push([month]);
  }
  for (const run of runs) {
    const reading = db.reportCounts
      .where('day')
      .between(firstDay(run[0]!), lastDay(run[run.length - 1]!), true, true)
      .toArray()
      .then((rows: DayRow[]) => {
        const byMonth = new Map(run.map((month) => [month, [] as DayRow[]]));
        for (const row of rows) byMonth.get(monthOf(row.day))?.push(row);
        return new Map([...byMonth].map(([month, days]) => [month, monthOfRows(days)]));
      });
    // A failed read is not kept: the next report reads the months again.
    reading.catch(() => run.forEach((month) => cache.delete(month)));
    for (const month of run) {
      const read = reading.then((months) => months.get(month)!);
      // A month read ahead may never be asked for: its failure is the next report's to show.
      read.catch(() => undefined);
      cache.set(month, read);
    }
  }
}

/** The months an officer is likely to ask for next: this year's, and last month's. */
function likelyMonths(today: string): string[] {
  const year = today.slice(0, 4);
  const months = monthsOf({ from: `${year}-01-01`, to: `${year}-12-31` });
  const [y, m] = today.split('-').map(Number) as [number, number];
  if (m === 1) months.unshift(`${y - 1}-12`);
  return months;
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
  let entry = caches.get(db.name);
  if (entry?.db !== db) caches.set(db.name, (entry = { db, months: new Map() }));
  const cache = entry.months;
  const names = monthsOf(period);
  loadMonths(db, cache, names);
  // The cache may be dropped by a write meanwhile: these are the months as read.
  const months = await Promise.all(names.map((name) => cache.get(name)!));
  // Then, in the background, the rest of the year, so that the next period is drawn at once.
  loadMonths(db, cache, likelyMonths(today));
  const rows: DayRow[] = [];
  for (const [i, name] of names.entries()) {
    const month = months[i]!;
    const first = firstDay(name);
    const last = lastDay(name);
    const whole = period.from <= first && last <= period.to;
    if (whole && (last < today || first >= today)) {
      const counts = month.totals.get(staff ?? ALL);
      if (counts) rows.push({ day: last < today ? last : first, staff: staff ?? '', counts });
      continue;
    }
    for (const row of month.days) {
      if (row.day < period.from || row.day > period.to) continue;
      if (staff === null || row.staff === staff) rows.push(row);
    }
  }
  return rows;
}
