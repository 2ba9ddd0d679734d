// Reads what a report needs for a period: the case counts kept per day (renderer/db/
// reportCounts.ts), the seminars held and their attendance, and the stakeholders mapped.
// Seminars and stakeholders are a few hundred records: read whole as summaries (what the report
// counts of them, nothing personal), which reportMemory.ts keeps between period changes.
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

/** A seminar as the report counts it: when it took place and its attendance, counted. */
export interface SeminarSummary {
  startsAt: string;
  registered: number;
  attended: number;
  certificates: number;
}

/** A stakeholder as the report counts it. */
export interface StakeholderSummary {
  createdAt: string;
  type: string;
  country: string | undefined;
}

/** Every seminar not deleted, with its attendance counted (no name or person is kept). */
export async function readSeminarSummaries(db: TulayDatabase): Promise<SeminarSummary[]> {
  // Read whole (one getAll each) and filtered here: a filter in the query would make Dexie walk a
  // cursor, one IndexedDB round trip per record.
  const [seminars, attendance] = await Promise.all([
    db.seminars.toArray(),
    db.attendance.toArray(),
  ]);
  const summaries = new Map<string, SeminarSummary>();
  for (const s of seminars)
    if (!s.deletedAt)
      summaries.set(s.id, { startsAt: s.startsAt, registered: 0, attended: 0, certificates: 0 });
  for (const a of attendance) {
    const summary = summaries.get(a.seminarId);
    if (!summary || a.deletedAt) continue;
    if (a.status === 'registered') {
      summary.registered++;
      if (a.checkedInAt) summary.attended++;
    }
    if (a.certificateNumber) summary.certificates++;
  }
  return [...summaries.values()];
}

/** Sessions that took place in the period (not those still to come), with their attendance. */
export function seminarFiguresOf(
  seminars: readonly SeminarSummary[],
  period: Period,
  now: Date,
): SeminarFigures {
  const end = dayStart(period.to, 1);
  const from = dayStart(period.from).toISOString();
  const until = (end < now ? end : now).toISOString();
  const figures: SeminarFigures = { held: 0, registered: 0, attended: 0, certificates: 0 };
  for (const s of seminars) {
    if (s.startsAt < from || s.startsAt >= until) continue;
    figures.held++;
    figures.registered += s.registered;
    figures.attended += s.attended;
    figures.certificates += s.certificates;
  }
  return figures;
}

export async function readSeminarFigures(db: TulayDatabase, period: Period, now: Date) {
  return seminarFiguresOf(await readSeminarSummaries(db), period, now);
}

export interface StakeholderFigures {
  total: number;
  byType: Map<string, number>;
  byCountry: Map<string, number>;
}

/** Every stakeholder not deleted: when it was mapped, its type and its country. */
export async function readStakeholderSummaries(db: TulayDatabase): Promise<StakeholderSummary[]> {
  // One getAll, not each(): a cursor costs a round trip per stakeholder.
  return (await db.stakeholders.toArray())
    .filter((s) => !s.deletedAt)
    .map((s) => ({ createdAt: s.createdAt, type: s.type, country: s.country }));
}

/** The stakeholders mapped by the end of the period, by type and by country. */
export function stakeholderFiguresOf(
  stakeholders: readonly StakeholderSummary[],
  period: Period,
): StakeholderFigures {
  const end = dayStart(period.to, 1).toISOString();
  const figures: StakeholderFigures = { total: 0, byType: new Map(), byCountry: new Map() };
  for (const s of stakeholders) {
    if (s.createdAt >= end) continue;
    figures.total++;
    figures.byType.set(s.type, (figures.byType.get(s.type) ?? 0) + 1);
    if (s.country) figures.byCountry.set(s.country, (figures.byCountry.get(s.country) ?? 0) + 1);
  }
  return figures;
}

export async function readStakeholderFigures(db: TulayDatabase, period: Period) {
  return stakeholderFiguresOf(await readStakeholderSummaries(db), period);
}
