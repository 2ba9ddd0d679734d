// Live reads for the people pages (see peopleReads.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import { INVERSE } from './householdRepository';
import type { Person } from './peopleRepository';
import {
  allPeopleIds,
  casesOfPerson,
  householdOf,
  MATCHES_LISTED,
  peopleByIds,
} from './peopleReads';
import { useSearchIds } from './useSearchIds';
import { shownCategories } from '../../../domain/cases/caseAccess';
import { useRole } from '../accounts';

/**
 * Ids to list: every person, or the search matches (the previous ones until the next are
 * ready: useSearchIds). undefined while loading.
 */
export function usePeopleIds(query: string): readonly string[] | undefined {
  const db = useDatabase();
  const all = useLiveQuery(() => allPeopleIds(db), [db]);
  const { ids } = useSearchIds('people', query, MATCHES_LISTED);
  return ids ?? all;
}

const NONE = new Map<string, Person>();

/** The people of the rows on screen; `loaded` once they are those of `ids` (not earlier ones). */
export function usePeopleByIds(ids: readonly string[]) {
  const db = useDatabase();
  const key = ids.join(',');
  const result = useLiveQuery(
    async () => ({ key, people: await peopleByIds(db, key ? key.split(',') : []) }),
    [db, key],
  );
  return { people: result?.people ?? NONE, loaded: result?.key === key };
}

/** The person's cases; a clerk's list leaves out health, legal and abuse categories. */
export function usePersonCases(personId: string) {
  const db = useDatabase();
  const role = useRole();
  return useLiveQuery(
    async () =>
      (await casesOfPerson(db, personId)).map((c) => ({
        ...c,
        categories: shownCategories(role, c.categories),
      })),
    [db, personId, role],
  );
}

export function useHousehold(personId: string) {
  const db = useDatabase();
  return useLiveQuery(() => householdOf(db, personId, INVERSE), [db, personId]);
}
