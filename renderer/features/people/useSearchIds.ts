// The ids matching a search box, newest first, for the lists that search as the officer types.
// Once the in-memory index is built (seconds after the app opens), they are computed in the very
// render that shows them, and again whenever a write changes the index: a keystroke's results
// are painted in the next frame. Before that (and for phone numbers), a live query of the
// database answers a moment later; meanwhile the previous results stay on screen, never an empty
// list ("0 of 2,002 cases" flashed on every keystroke when an unanswered search matched nothing).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useDatabase } from '../../db';
import { searchIds, searchIdsInMemory } from './peopleRepository';
import { useSearchIndexVersion } from './useSearchIndexVersion';

export interface SearchIds {
  /** The matches shown: null when nothing is searched (everything is shown). */
  ids: readonly string[] | null;
  /** The query those matches answer; another one is on its way while `pending`. */
  query: string;
  pending: boolean;
}

const NOTHING_SEARCHED: SearchIds = { ids: null, query: '', pending: false };
const NO_IDS: readonly string[] = [];

export function useSearchIds(table: 'people' | 'cases', query: string, limit: number): SearchIds {
  const db = useDatabase();
  const trimmed = query.trim();
  const version = useSearchIndexVersion();
  const fromMemory = useMemo(
    () => (trimmed ? searchIdsInMemory(db, table, trimmed, limit) : null),
    // The version is what tells a write or a rebuild of the index apart.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, table, trimmed, limit, version],
  );
  const askDatabase = trimmed !== '' && fromMemory === null;
  const fromDatabase = useLiveQuery(
    async () =>
      askDatabase ? { query: trimmed, ids: await searchIds(db, table, trimmed, limit) } : null,
    [db, table, trimmed, limit, askDatabase],
  );

  let answer: SearchIds | null = null;
  if (!trimmed) answer = NOTHING_SEARCHED;
  else if (fromMemory) answer = { ids: fromMemory, query: trimmed, pending: false };
  else if (fromDatabase?.query === trimmed) answer = { ...fromDatabase, pending: false };

  // The last answer, shown until the next one is ready (React's "state from the previous
  // render" pattern: set during render, no extra paint). A search restored with the page has
  // nothing before it: no match yet.
  const [shown, setShown] = useState<SearchIds>(
    () => answer ?? { ids: NO_IDS, query: trimmed, pending: true },
  );
  if (answer && (answer.ids !== shown.ids || answer.query !== shown.query)) setShown(answer);
  return answer ?? { ...shown, pending: true };
}
