// One person's record, live, for a line that names them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';

export function usePersonName(personId: string) {
  const db = useDatabase();
  return useLiveQuery(() => db.people.get(personId), [db, personId]);
}
