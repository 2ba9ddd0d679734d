// The names of the clients and OFWs of the rows on screen only, live (a renamed person is
// renamed in the list). Reading 100k names up front would double the time to load the case list.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db';
import { peopleNames } from './caseSummaryRepository';

const NONE = new Map<string, string>();

export function usePeopleNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const db = useDatabase();
  const key = [...new Set(ids)].sort().join(',');
  const names = useLiveQuery(() => peopleNames(db, key ? key.split(',') : []), [db, key]);
  return names ?? NONE;
}
