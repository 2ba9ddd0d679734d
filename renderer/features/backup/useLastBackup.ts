// The last backup of this desk, live: undefined while loading, null when there has been none.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db';
import { readLastBackup, type LastBackup } from './backupSettings';

export function useLastBackup(): LastBackup | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await readLastBackup(db)) ?? null, [db]);
}
