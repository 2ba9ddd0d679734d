// People the desk already knows who match the check-in search but are not registered for this
// session: a walk-in who came to the desk before is registered without retyping their name.
import { useLiveQuery } from 'dexie-react-hooks';
import { isCodePrefix } from '../../../../domain/seminars/registrationCode';
import { useDatabase } from '../../../db';
import { searchPeople, type Person } from '../../people';

const KNOWN_LIMIT = 3;

export function useKnownPeople(query: string, registered: ReadonlySet<string>): Person[] {
  const db = useDatabase();
  const typed = query.trim();
  const result = useLiveQuery(async () => {
    if (typed.length < 2 || isCodePrefix(typed)) return { typed, people: [] };
    return { typed, people: await searchPeople(db, typed, 20) };
  }, [db, typed]);
  if (!result || result.typed !== typed) return [];
  return result.people.filter((p) => !registered.has(p.id)).slice(0, KNOWN_LIMIT);
}
