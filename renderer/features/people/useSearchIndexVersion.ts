// A number that changes whenever a search answered from the in-memory index may answer
// differently (a write committed, the index rebuilt or dropped): a dependency for what a search
// shows. A live query does not see these changes, as the index is not a table.
import { useCallback, useSyncExternalStore } from 'react';
import { searchIndexVersion, useDatabase, watchSearchIndexes } from '../../db';

export function useSearchIndexVersion(): number {
  const db = useDatabase();
  const watch = useCallback((changed: () => void) => watchSearchIndexes(db, changed), [db]);
  return useSyncExternalStore(watch, () => searchIndexVersion(db));
}
