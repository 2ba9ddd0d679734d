// Live reads for the people pages (see peopleReads.ts).
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import { INVERSE } from './householdRepository';
import type { Person } from './peopleRepository';
import {
  allPeopleIds,
  casesOfPerson,
  householdOf,
  matchingPeopleIds,
  peopleByIds,
} from './peopleReads';

/** Ids to list: every person, or the search matches. undefined while loading. */
export function usePeopleIds(query: string): string[] | undefined {
  const db = useDatabase();
  const [debounced] = useDebouncedValue(query.trim(), 150);
  return useLiveQuery(
    () => (debounced ? matchingPeopleIds(db, debounced) : allPeopleIds(db)),
    [db, debounced],
  );
}

const NONE = new Map<string, Person>();

/** The people of the rows on screen. */
export function usePeopleByIds(ids: readonly string[]): ReadonlyMap<string, Person> {
  const db = useDatabase();
  const key = ids.join(',');
  return useLiveQuery(() => peopleByIds(db, key ? key.split(',') : []), [db, key]) ?? NONE;
}

export function usePersonCases(personId: string) {
  const db = useDatabase();
  return useLiveQuery(() => casesOfPerson(db, personId), [db, personId]);
}

export function useHousehold(personId: string) {
  const db = useDatabase();
  return useLiveQuery(() => householdOf(db, personId, INVERSE), [db, personId]);
}
