// The ids of the cases matching the search box (prefix search on the case token index:
// reference, client and OFW names and phones). null when nothing is searched.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db';
import { searchIds } from '../../people';
import { overdueCaseIds } from './caseSummaryRepository';

/** Beyond this many matches the search should be narrowed; the list says so. */
export const SEARCH_LIMIT = 5000;

/** While a search is on its way, nothing matches yet (never the whole list). */
const NONE: ReadonlySet<string> = new Set();

export function useCaseSearch(query: string) {
  const db = useDatabase();
  const trimmed = query.trim();
  const result = useLiveQuery(
    async () => ({
      query: trimmed,
      ids: trimmed ? new Set(await searchIds(db, 'cases', trimmed, SEARCH_LIMIT)) : null,
    }),
    [db, trimmed],
  );
  const settled = result !== undefined && result.query === trimmed;
  return {
    matchIds: settled ? result.ids : trimmed ? NONE : null,
    searching: !settled && trimmed !== '',
    capped: settled && (result.ids?.size ?? 0) >= SEARCH_LIMIT,
  };
}

const EMPTY = new Set<string>();

/** Cases with an overdue follow-up, as of when the follow-ups last changed. */
export function useOverdueCaseIds(): ReadonlySet<string> {
  const db = useDatabase();
  return useLiveQuery(() => overdueCaseIds(db, new Date().toISOString()), [db]) ?? EMPTY;
}
