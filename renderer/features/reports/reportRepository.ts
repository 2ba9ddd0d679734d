// Reads what a report needs for a period: the case counts kept per day (renderer/db/
// reportCounts.ts), the seminars held and their attendance, and the stakeholders mapped.
// Seminars and stakeholders are a few hundred records, read as they are.
import type { DayRow } from '../../../domain/reports/reportFigures';
import type { Period } from '../../../domain/reports/periods';
import type { TulayDatabase } from '../../db';

/** Start of a local day (YYYY-MM-DD) as an instant, `days` later for an exclusive end. */
export function dayStart(day: string, days = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + days);
}

/** The day rows of the period; of one staff member's cases when `staff` is given. */
export async function readDayRows(
  db: TulayDatabase,
  period: Period,
  staff: string | null,
): Promise<DayRow[]> {
  const rows = await db.reportCounts
    .where('day')
    .between(period.from, period.to, true, true)
    .toArray();
  return staff === null ? rows : rows.filter((row) => row.staff === staff);
}

export interface SeminarFigures {
  held: number;
  registered: number;
  attended: number;
  certificates: number;
}

/** Sessions that took place in the period (not those still to come), with their attendance. */
export async function readSeminarFigures(
  db: TulayDatabase,
  period: Period,
  now: Date,
): Promise<SeminarFigures> {
  const end = dayStart(period.to, 1);
  const until = (end < now ? end : now).toISOString();
  // Read whole (one getAll each) and filtered here: a filter in the query would make Dexie walk a
  // cursor, one IndexedDB round trip per record, the slowest part of a period change.
  const seminars = (
    await db.seminars
      .where('startsAt')
      .between(dayStart(period.from).toISOString(), until, true, false)
      .toArray()
  ).filter((s) => !s.deletedAt);
  const attendance = (
    await Promise.all(seminars.map((s) => db.attendance.where('seminarId').equals(s.id).toArray()))
  )
    .flat()
    .filter((a) => !a.deletedAt);
  const registered = attendance.filter((a) => a.status === 'registered');
  return {
    held: seminars.length,
    registered: registered.length,
    attended: registered.filter((a) => a.checkedInAt).length,
    certificates: attendance.filter((a) => a.certificateNumber).length,
  };
}

export interface StakeholderFigures {
  total: number;
  byType: Map<string, number>;
  byCountry: Map<string, number>;
}

/** The stakeholders mapped by the end of the period, by type and by country. */
export async function readStakeholderFigures(
  db: TulayDatabase,
  period: Period,
): Promise<StakeholderFigures> {
  const end = dayStart(period.to, 1).toISOString();
  const figures: StakeholderFigures = { total: 0, byType: new Map(), byCountry: new Map() };
  // One getAll, not each(): a cursor costs a round trip per stakeholder.
  for (const s of await db.stakeholders.toArray()) {
    if (s.deletedAt || s.createdAt >= end) continue;
    figures.total++;
    figures.byType.set(s.type, (figures.byType.get(s.type) ?? 0) + 1);
    if (s.country) figures.byCountry.set(s.country, (figures.byCountry.get(s.country) ?? 0) + 1);
  }
  return figures;
}
