// What the report keeps in memory between period changes (renderer/features/reports/
// reportMemory.ts): asked again, a report is the one kept, nothing read; a write to a seminar,
// an attendance, a stakeholder or the counts drops it and the next ask has the new figures; a
// write elsewhere keeps it; a lock forgets everything.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localDay } from '../../../domain/localDay';
import { lockDatabase, unlockDatabase, type TulayDatabase } from '../../../renderer/db';
import {
  reportEntry,
  reportMemoryVersion,
  subscribeReportMemory,
} from '../../../renderer/features/reports/reportMemory';
import { freshDatabase, testFieldKeys } from '../db/testDatabase';

let db: TulayDatabase;
// The clock stands still in mid-June: the report counts a seminar held yesterday in this year,
// which on 1 January it is not, and keeps a report for the day it was asked on.
const now = new Date(2026, 5, 17, 10);
beforeEach(() => {
  vi.useFakeTimers({ now, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  db?.close();
});

const yesterday = new Date(now.getTime() - 24 * 3600_000);
const thisYear = { from: `${now.getFullYear()}-01-01`, to: `${now.getFullYear()}-12-31` };
const today = { from: localDay(now), to: localDay(now) };

/** Raw records: what the report reads of them, nothing of the write path is under test. */
async function seminar(id: string, startsAt: Date) {
  await db.seminars.put({ id, startsAt: startsAt.toISOString() } as never);
}
async function attendance(id: string, seminarId: string, more: Record<string, unknown> = {}) {
  await db.attendance.put({
    id,
    seminarId,
    personId: `p-${id}`,
    status: 'registered',
    ...more,
  } as never);
}
async function stakeholder(id: string, type: string, country?: string) {
  await db.stakeholders.put({
    id,
    name: id,
    type,
    country,
    createdAt: yesterday.toISOString(),
  } as never);
}
const report = (period = thisYear) => reportEntry(db, period, null).promise;

describe('reportMemory', () => {
  it('gives the kept report again until its tables change', async () => {
    db = await freshDatabase();
    await seminar('s1', yesterday);
    await attendance('a1', 's1', { checkedInAt: yesterday.toISOString() });
    await stakeholder('k1', 'ngo', 'PH');
    const first = reportEntry(db, thisYear, null);
    expect((await first.promise).seminars).toEqual({
      held: 1,
      registered: 1,
      attended: 1,
      certificates: 0,
    });
    expect(reportEntry(db, thisYear, null)).toBe(first);
    // A write to a table the report does not read keeps it.
    await db.syncState.put({ id: 'unrelated', value: 1 } as never);
    expect(reportEntry(db, thisYear, null)).toBe(first);
  });

  it('has a new attendance, seminar and stakeholder at the next ask', async () => {
    db = await freshDatabase();
    await seminar('s1', yesterday);
    await stakeholder('k1', 'ngo', 'PH');
    expect((await report()).seminars.registered).toBe(0);
    let told = 0;
    const stop = subscribeReportMemory(() => told++);
    const version = reportMemoryVersion(db.name);

    await attendance('a1', 's1', { certificateNumber: 'C-1' });
    expect(reportMemoryVersion(db.name)).toBeGreaterThan(version);
    expect(told).toBeGreaterThan(0);
    expect((await report()).seminars).toMatchObject({ registered: 1, certificates: 1 });

    await seminar('s2', yesterday);
    expect((await report()).seminars.held).toBe(2);
    // A seminar deleted no longer counts, nor its attendance.
    await db.seminars.update('s1', { deletedAt: now.toISOString() });
    expect((await report()).seminars).toMatchObject({ held: 1, registered: 0 });

    await stakeholder('k2', 'agency', 'SA');
    const stakeholders = (await report()).stakeholders;
    expect(stakeholders.total).toBe(2);
    expect(stakeholders.byCountry.get('SA')).toBe(1);
    stop();
  });

  it('has a change to the case counts at the next ask', async () => {
    db = await freshDatabase();
    expect((await report(today)).cases.opened).toBe(0);
    const day = localDay(now);
    await db.transaction('rw', db.reportCounts, db.reportMonths, async () => {
      await db.reportCounts.put({ id: `${day}|s`, day, staff: 's', counts: { opened: 3 } });
      await db.reportMonths.put({
        id: `${day.slice(0, 7)}|s`,
        month: day.slice(0, 7),
        staff: 's',
        counts: { opened: 3 },
      });
    });
    expect((await report(today)).cases.opened).toBe(3);
  });

  it('forgets everything at a lock', async () => {
    db = await freshDatabase();
    await stakeholder('k1', 'ngo', 'PH');
    const before = reportEntry(db, thisYear, null);
    await before.promise;
    const version = reportMemoryVersion(db.name);
    lockDatabase(db);
    expect(reportMemoryVersion(db.name)).toBeGreaterThan(version);
    unlockDatabase(db, testFieldKeys());
    const after = reportEntry(db, thisYear, null);
    expect(after).not.toBe(before);
    expect((await after.promise).stakeholders.total).toBe(1);
  });
});
