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
/** By database name: the connection the months were read through, and the months. */
const caches = new Map<string, { db: TulayDatabase; months: Map<string, Month> }>();

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

/** Reads the months not yet in memory, one range of days per run of missing months. */
async function loadMonths(db: TulayDatabase, cache: Map<string, Month>, months: string[]) {
  const runs: string[][] = [];
  for (const month of months) {
    if (cache.has(month)) continue;
    const run = runs[runs.length - 1];
    if (run && nextMonth(run[run.length - 1]!) === month) run.push(month);
    else runs.push([month]);
  }
  await Promise.all(
    runs.map(async (run) => {
      const rows: DayRow[] = await db.reportCounts
        .where('day')
        .between(firstDay(run[0]!), lastDay(run[run.length - 1]!), true, true)
        .toArray();
      const byMonth = new Map(run.map((month) => [month, [] as DayRow[]]));
      for (const row of rows) byMonth.get(monthOf(row.day))?.push(row);
      for (const [month, days] of byMonth) cache.set(month, monthOfRows(days));
    }),
  );
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
  const months = monthsOf(period);
  await loadMonths(db, cache, months);
  const rows: DayRow[] = [];
  for (const name of months) {
    // The cache may have been dropped by a write meanwhile: read from what was loaded.
    const month = cache.get(name)!;
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
