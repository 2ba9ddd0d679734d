// Settings → Sync's stored connection, read once and saved through the write path.
import { useCallback, useEffect, useState } from 'react';
import { useDatabase, useWriteContext } from '../db';
import type { SyncService } from './syncService';
import { readSyncSettings, saveSyncSettings, type SyncSettings } from './syncSettings';

export const NO_SYNC_SETTINGS: SyncSettings = { address: '', token: '', replicate: false };

/** The stored settings (null while loading), and a save that also tells the service. */
export function useSyncSettings(service: SyncService) {
  const db = useDatabase();
  const ctx = useWriteContext();
  const [saved, setSaved] = useState<SyncSettings | null>(null);
  useEffect(() => {
    let live = true;
    readSyncSettings(db).then(
      (stored) => live && setSaved(stored ?? NO_SYNC_SETTINGS),
      (error: unknown) =>
        live && console.error('[tulay] the sync settings could not be read', error),
    );
    return () => {
      live = false;
    };
  }, [db]);
  const save = useCallback(
    async (next: SyncSettings) => {
      const clean = { ...next, address: next.address.trim(), token: next.token.trim() };
      await saveSyncSettings(ctx, clean);
      setSaved(clean);
      await service.reload();
      return clean;
    },
    [ctx, service],
  );
  return { saved, save };
}

/** One service for the window, on the app's database. */
export function useNewSyncService(create: (db: ReturnType<typeof useDatabase>) => SyncService) {
  const db = useDatabase();
  const [service] = useState(() => create(db));
  return service;
}
