// Live results of the person search: they follow the database, so a person created in another
// window appears without retyping. Each keystroke searches at once (a search takes a few
// milliseconds; a pause before it was most of the wait); until its answer comes, the previous
// results stay in the list.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import { findPeople } from './findPeople';
import { useSearchIndexVersion } from './useSearchIndexVersion';
import type { Person } from './peopleRepository';

/** A short list that fits without scrolling; more typing narrows it. */
const MAX_RESULTS = 8;

export function usePeopleSearch(query: string, excludeIds: readonly string[] = []) {
  const db = useDatabase();
  const typed = query.trim();
  const excluded = excludeIds.join(',');
  const excludeCount = excludeIds.length;
  // Names are found in memory, which a live query does not watch: a new person named like the
  // search shows up when the index takes the write in.
  const version = useSearchIndexVersion();
  const results = useLiveQuery(async (): Promise<{ query: string; people: Person[] }> => {
    if (!typed) return { query: typed, people: [] };
    const people = await findPeople(db, typed, MAX_RESULTS + excludeCount);
    const skip = new Set(excluded.split(','));
    return {
      query: typed,
      people: people.filter((p) => !skip.has(p.id)).slice(0, MAX_RESULTS),
    };
  }, [db, typed, excluded, excludeCount, version]);
  const settled = results !== undefined && results.query === query.trim();
  return { people: results?.people ?? [], searching: !settled && query.trim() !== '' };
}
