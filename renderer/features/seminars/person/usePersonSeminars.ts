// A person's seminars, live: each registration with its session, the latest session first.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db';
import type { Attendance, Seminar } from '../seminarTypes';

export interface PersonSeminar {
  attendance: Attendance;
  seminar: Seminar;
}

export function usePersonSeminars(personId: string): PersonSeminar[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const rows = (await db.attendance.where('personId').equals(personId).toArray()).filter(
      (a) => !a.deletedAt && a.status !== 'cancelled',
    );
    const seminars = await db.seminars.bulkGet(rows.map((a) => a.seminarId));
    return rows
      .map((attendance, i) => ({ attendance, seminar: seminars[i] }))
      .filter((r): r is PersonSeminar => !!r.seminar && !r.seminar.deletedAt)
      .sort((a, b) => b.seminar.startsAt.localeCompare(a.seminar.startsAt));
  }, [db, personId]);
}
