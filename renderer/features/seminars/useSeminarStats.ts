// The figures of the statistics tab: every session and registration, with each person's sex.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  monthlyTallies,
  type StatsAttendance,
  type Tally,
} from '../../../domain/seminars/seminarStats';
import { useDatabase } from '../../db';

export function useMonthlyTallies(): { month: string; tally: Tally }[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const seminars = (await db.seminars.toArray()).filter((s) => !s.deletedAt);
    const attendance = (await db.attendance.toArray()).filter((a) => !a.deletedAt);
    const people = await db.people.bulkGet([...new Set(attendance.map((a) => a.personId))]);
    const sexOf = new Map(people.filter((p) => !!p).map((p) => [p.id, p.sex]));
    const rows: StatsAttendance[] = attendance.map((a) => ({
      seminarId: a.seminarId,
      status: a.status,
      checkedInAt: a.checkedInAt,
      destination: a.destination,
      sex: sexOf.get(a.personId) ?? 'unknown',
    }));
    return monthlyTallies(seminars, rows);
  }, [db]);
}
