// One person, live: undefined while loading, null when there is no such person.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import type { Person } from './peopleRepository';

export function usePerson(id: string | null | undefined): Person | null | undefined {
  const db = useDatabase();
  const result = useLiveQuery(async () => {
    if (!id) return { id, person: null };
    const person = await db.people.get(id);
    return { id, person: person && !person.deletedAt ? person : null };
  }, [db, id]);
  // useLiveQuery keeps the previous answer while the new one loads; it is not this person's.
  return result && result.id === id ? result.person : undefined;
}
