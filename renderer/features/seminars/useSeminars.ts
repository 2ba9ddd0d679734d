// Live reads of sessions: the list (upcoming first, then past) with each session's counts,
// and one session.
import { useLiveQuery } from 'dexie-react-hooks';
import { seatCounts, type SeatCounts } from '../../../domain/seminars/capacity';
import { useDatabase } from '../../db';
import type { Seminar } from './seminarTypes';

export interface SeminarSummary {
  seminar: Seminar;
  counts: SeatCounts;
}

export interface SeminarLists {
  upcoming: SeminarSummary[];
  past: SeminarSummary[];
}

/** A session is upcoming until it ends (or, without an end time, until the end of its day). */
export function isUpcoming(seminar: Seminar, now: Date): boolean {
  if (seminar.endsAt) return new Date(seminar.endsAt) >= now;
  const endOfDay = new Date(seminar.startsAt);
  endOfDay.setHours(23, 59, 59, 999);
  return endOfDay >= now;
}

export function useSeminarLists(): SeminarLists | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const seminars = (await db.seminars.orderBy('startsAt').toArray()).filter((s) => !s.deletedAt);
    const attendance = await db.attendance
      .where('seminarId')
      .anyOf(seminars.map((s) => s.id))
      .toArray();
    const now = new Date();
    const summaries = seminars.map((seminar) => ({
      seminar,
      counts: seatCounts(
        attendance.filter((a) => a.seminarId === seminar.id),
        seminar.capacity,
      ),
    }));
    return {
      // The next session first; the most recent past session first.
      upcoming: summaries.filter((s) => isUpcoming(s.seminar, now)),
      past: summaries.filter((s) => !isUpcoming(s.seminar, now)).reverse(),
    };
  }, [db]);
}

/** One session: undefined while loading, null when there is no such session. */
export function useSeminar(id: string | undefined): Seminar | null | undefined {
  const db = useDatabase();
  const result = useLiveQuery(async () => {
    const seminar = id ? await db.seminars.get(id) : undefined;
    return { id, seminar: seminar && !seminar.deletedAt ? seminar : null };
  }, [db, id]);
  return result && result.id === id ? result.seminar : undefined;
}
