// The report's month cache gives the same figures as summing every day row of the period: whole
// months read as their totals, partial months and the month of today as days, one staff
// member's cases alone, and a change to the counts seen at the next read.
import { afterEach, describe, expect, it } from 'vitest';
import { reportFigures, type DayRow } from '../../../domain/reports/reportFigures';
import type { TulayDatabase } from '../../../renderer/db';
import type { ReportCountRow } from '../../../renderer/db/reportCounts';
import { monthRowsOf } from '../../../renderer/db/reportMonths';
import { monthsOf, readPeriodRows } from '../../../renderer/features/reports/reportCountsCache';
import { freshDatabase } from '../db/testDatabase';

let db: TulayDatabase;
afterEach(() => db?.close());

const row = (day: string, staff: string, counts: Record<string, number>): ReportCountRow => ({
  id: `${day}|${staff}`,
  day,
  staff,
  counts,
});

const ROWS = [
  row('2026-01-05', 'ana', { opened: 2, 'category:repatriation': 2, 'followUp:open': 1 }),
  row('2026-01-31', 'ben', { opened: 1, 'country:SA': 1, 'hours:p1:5': 1, 'referral:p1': 1 }),
  row('2026-02-10', 'ana', { opened: 1, closed: 1, 'followUp:onTime': 1 }),
  row('2026-03-01', '', { opened: 4, 'followUp:open': 2, 'answered:p1': 1, 'hours:p1:30': 1 }),
  row('2026-03-20', 'ben', { opened: 1, 'followUp:open': 1 }),
  row('2026-04-02', 'ana', { opened: 3, 'followUp:open': 5 }),
];

/** The figures from the day rows themselves, as the report read them before the cache. */
function direct(rows: readonly DayRow[], from: string, to: string, staff: string | null) {
  const days = rows.filter(
    (r) => r.day >= from && r.day <= to && (staff === null || r.staff === staff),
  );
  return reportFigures(days, '2026-03-15');
}

async function cached(from: string, to: string, staff: string | null) {
  return reportFigures(await readPeriodRows(db, { from, to }, staff, '2026-03-15'), '2026-03-15');
}

/** Day rows stored (and removed) with their month rows, as the write path keeps both
 *  (renderer/db/reportMonths.ts). */
async function store(rows: readonly ReportCountRow[], removed: readonly string[] = []) {
  await db.transaction('rw', db.reportCounts, db.reportMonths, async () => {
    await db.reportCounts.bulkPut([...rows]);
    await db.reportCounts.bulkDelete([...removed]);
    const months = new Set([...rows.map((r) => r.id), ...removed].map((id) => id.slice(0, 7)));
    const days = await db.reportCounts.filter((r) => months.has(r.day.slice(0, 7))).toArray();
    await db.reportMonths
      .where('month')
      .anyOf([...months])
      .delete();
    await db.reportMonths.bulkPut(monthRowsOf(days));
  });
}

describe('reportCountsCache', () => {
  it('names every month a period touches', () => {
    expect(monthsOf({ from: '2025-11-20', to: '2026-02-03' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('gives the figures of the day rows for years, months, parts of months and staff', async () => {
    db = await freshDatabase();
    await store(ROWS);
    const periods: [string, string][] = [
      ['2026-01-01', '2026-12-31'],
      ['2026-01-01', '2026-01-31'],
      ['2026-01-10', '2026-03-10'],
      ['2026-03-01', '2026-03-31'],
      ['2026-03-16', '2026-04-30'],
      ['2025-12-01', '2025-12-31'],
    ];
    for (const [from, to] of periods)
      for (const staff of [null, 'ana', 'ben', '']) {
        expect(await cached(from, to, staff), `${from}..${to} ${staff}`).toEqual(
          direct(ROWS, from, to, staff),
        );
      }
    // The overdue follow-ups of past months and those not yet due after today stay apart.
    expect((await cached('2026-01-01', '2026-12-31', null)).followUps).toMatchObject({
      overdue: 3,
      pending: 6,
    });
  });

  it('reads a change to the counts at the next read', async () => {
    db = await freshDatabase();
    await store(ROWS);
    expect((await cached('2026-01-01', '2026-12-31', null)).opened).toBe(12);
    await store([row('2026-02-11', 'ben', { opened: 5 })]);
    expect((await cached('2026-01-01', '2026-12-31', null)).opened).toBe(17);
    await store([], ['2026-01-05|ana']);
    expect((await cached('2026-01-01', '2026-01-31', null)).opened).toBe(1);
  });
});
