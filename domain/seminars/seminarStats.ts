// What the desk reports about its seminars: per session and per calendar month, how many
// registered and attended, and the attendees by seminar type, sex and destination.
import { localDay } from '../localDay';

export interface StatsSeminar {
  id: string;
  type: string;
  startsAt: string;
}

export interface StatsAttendance {
  seminarId: string;
  status: 'registered' | 'waitlisted' | 'cancelled';
  checkedInAt?: string | undefined;
  destination?: string | undefined;
  /** The person's sex. */
  sex: string;
}

export interface Tally {
  sessions: number;
  registered: number;
  attended: number;
  /** Attendees (checked in) per seminar type, sex and destination ("" when not known). */
  byType: Record<string, number>;
  bySex: Record<string, number>;
  byDestination: Record<string, number>;
}

export const emptyTally = (): Tally => ({
  sessions: 0,
  registered: 0,
  attended: 0,
  byType: {},
  bySex: {},
  byDestination: {},
});

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function add(tally: Tally, type: string, attendance: StatsAttendance) {
  if (attendance.status === 'cancelled') return;
  if (attendance.status === 'registered') tally.registered++;
  if (attendance.status !== 'registered' || !attendance.checkedInAt) return;
  tally.attended++;
  bump(tally.byType, type);
  bump(tally.bySex, attendance.sex);
  bump(tally.byDestination, attendance.destination ?? '');
}

/** One session's tally. */
export function sessionTally(seminar: StatsSeminar, attendance: readonly StatsAttendance[]): Tally {
  const tally = emptyTally();
  tally.sessions = 1;
  for (const a of attendance) if (a.seminarId === seminar.id) add(tally, seminar.type, a);
  return tally;
}

/** "2026-03" in local time: a session at 7:00 on the 1st belongs to that month. */
export function monthOf(iso: string): string {
  return localDay(new Date(iso)).slice(0, 7);
}

/** Tallies per month, the latest month first. */
export function monthlyTallies(
  seminars: readonly StatsSeminar[],
  attendance: readonly StatsAttendance[],
): { month: string; tally: Tally }[] {
  const bySeminar = new Map(seminars.map((s) => [s.id, s]));
  const months = new Map<string, Tally>();
  const tallyOf = (month: string) => {
    let tally = months.get(month);
    if (!tally) months.set(month, (tally = emptyTally()));
    return tally;
  };
  for (const seminar of seminars) tallyOf(monthOf(seminar.startsAt)).sessions++;
  for (const a of attendance) {
    const seminar = bySeminar.get(a.seminarId);
    if (seminar) add(tallyOf(monthOf(seminar.startsAt)), seminar.type, a);
  }
  return [...months]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, tally]) => ({ month, tally }));
}
