// Live results of the person search: they follow the database, so a person created in another
// window appears without retyping. undefined while the first answer is on its way.
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import { findPeople } from './findPeople';
import type { Person } from './peopleRepository';

/** Long enough to skip the keystrokes of a fast typist, short enough to feel instant. */
const DEBOUNCE_MS = 150;
/** A short list that fits without scrolling; more typing narrows it. */
const MAX_RESULTS = 8;

export function usePeopleSearch(query: string, excludeIds: readonly string[] = []) {
  const db = useDatabase();
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const excluded = excludeIds.join(',');
  const excludeCount = excludeIds.length;
  const results = useLiveQuery(async (): Promise<{ query: string; people: Person[] }> => {
    if (!debounced) return { query: debounced, people: [] };
    const people = await findPeople(db, debounced, MAX_RESULTS + excludeCount);
    const skip = new Set(excluded.split(','));
    return {
      query: debounced,
      people: people.filter((p) => !skip.has(p.id)).slice(0, MAX_RESULTS),
    };
  }, [db, debounced, excluded, excludeCount]);
  const settled = results !== undefined && results.query === query.trim();
  return { people: results?.people ?? [], searching: !settled && query.trim() !== '' };
}
