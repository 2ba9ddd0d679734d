// The ids of the cases matching the search box (prefix search on the case token index:
// reference, client and OFW names and phones). null when nothing is searched. While a search is
// on its way, the previous matches stay (useSearchIds).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../../db';
import { useSearchIds } from '../../people';
import { overdueCaseIds } from './caseSummaryRepository';

/** Beyond this many matches the search should be narrowed; the list says so. */
export const SEARCH_LIMIT = 5000;

export function useCaseSearch(query: string) {
  const { ids, pending } = useSearchIds('cases', query, SEARCH_LIMIT);
  const matchIds = useMemo(() => (ids ? new Set(ids) : null), [ids]);
  return {
    matchIds,
    searching: pending,
    capped: (ids?.length ?? 0) >= SEARCH_LIMIT,
  };
}

const EMPTY = new Set<string>();

/** Cases with an overdue follow-up, as of when the follow-ups last changed. */
export function useOverdueCaseIds(): ReadonlySet<string> {
  const db = useDatabase();
  return useLiveQuery(() => overdueCaseIds(db, new Date().toISOString()), [db]) ?? EMPTY;
}
