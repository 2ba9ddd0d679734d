// Settings' desk profile: a new case reference prefix is first claimed with the catalogue (when
// this desk syncs), then saved; sync starts again with the prefix the catalogue accepted.
import { useCallback } from 'react';
import { useDatabase } from '../db';
import { claimBeforeSaving, readDeskPrefix } from './prefixClaim';
import { useSyncService } from './SyncProvider';

export function usePrefixGuard() {
  const db = useDatabase();
  const service = useSyncService();
  return useCallback(
    async (prefix: string, save: () => Promise<void>) => {
      const changed = (await readDeskPrefix(db)) !== prefix;
      // Throws PrefixRefused (said in plain words by the form) and saves nothing.
      if (changed) await claimBeforeSaving(db, prefix);
      await save();
      if (changed) await service.reload();
    },
    [db, service],
  );
}
