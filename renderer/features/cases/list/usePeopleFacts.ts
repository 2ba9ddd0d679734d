// Sex and birth date of the people the listed cases are about, read only while a sex or age
// filter is on and only for the cases the other filters leave (a report's bar also narrows the
// list to its period), live so that a corrected birth date moves the case at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../../db';
import { concernedId, type PersonFacts } from './caseFilters';
import { peopleFacts } from './caseSummaryRepository';
import type { CaseSummary } from './caseSummary';

/** The facts of the people of `cases`, or undefined while they are read or not wanted. */
export function usePeopleFacts(
  cases: readonly CaseSummary[],
  wanted: boolean,
): ReadonlyMap<string, PersonFacts> | undefined {
  const db = useDatabase();
  const ids = useMemo(
    () => (wanted ? [...new Set(cases.map(concernedId))] : null),
    [cases, wanted],
  );
  const read = useLiveQuery(
    async () => (ids ? { ids, facts: await peopleFacts(db, ids) } : null),
    [db, ids],
  );
  // An answer for an earlier list would leave some cases out: wait for the one of these ids.
  return read && read.ids === ids ? read.facts : undefined;
}
