// The name of the person the viewer is filtered by, so the filter shows it after a reload.
import { useLiveQuery } from 'dexie-react-hooks';
import { fullName } from '../../../../domain/people/personTokens';
import { useDatabase } from '../../../db';

export function usePersonName(personId: string | null): string | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!personId) return undefined;
    const person = await db.people.get(personId);
    return person ? fullName(person) : undefined;
  }, [db, personId]);
}
