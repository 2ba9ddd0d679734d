// A session's registrations with their people, live, in one query: the list is always whole
// (never registrations without their people), and a check-in re-reads a few hundred rows by
// index, a few milliseconds.
import { useLiveQuery } from 'dexie-react-hooks';
import { fullName } from '../../../domain/people/personTokens';
import { useDatabase } from '../../db';
import type { Person } from '../people';
import { byFamilyName } from './personOrder';
import type { Attendance } from './seminarTypes';

export interface RosterEntry {
  attendance: Attendance;
  person: Person;
  name: string;
}

/** Everyone ever registered (cancelled included), by family name; undefined while loading. */
export function useRoster(seminarId: string): RosterEntry[] | undefined {
  const db = useDatabase();
  const result = useLiveQuery(async () => {
    const rows = (await db.attendance.where('seminarId').equals(seminarId).toArray()).filter(
      (a) => !a.deletedAt,
    );
    const people = await db.people.bulkGet(rows.map((a) => a.personId));
    const roster = rows.flatMap((attendance, i) => {
      const person = people[i];
      return person ? [{ attendance, person, name: fullName(person) }] : [];
    });
    return { seminarId, roster: roster.sort((a, b) => byFamilyName(a.person, b.person)) };
  }, [db, seminarId]);
  return result?.seminarId === seminarId ? result.roster : undefined;
}
