// "Refresh" on the Catalogue page: the catalogue address comes from Settings → Sync (no token is
// needed to read; with one, this desk's shared stakeholders are sent first). A problem is kept to
// be said in plain words; the copy already stored stays as it was.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { useDatabase } from '../../db';
import { readSyncSettings, refreshCatalogue, SyncProblem, type SyncProblemKind } from '../../sync';

export function useCatalogueRefresh() {
  const db = useDatabase();
  const settings = useLiveQuery(async () => (await readSyncSettings(db)) ?? null, [db]);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<SyncProblemKind | null>(null);
  const address = settings?.address.trim() ?? '';

  const refresh = useCallback(async () => {
    if (!settings || !address) return;
    setRunning(true);
    setProblem(null);
    try {
      await refreshCatalogue(db, settings);
    } catch (error) {
      setProblem(error instanceof SyncProblem ? error.kind : 'server');
    } finally {
      setRunning(false);
    }
  }, [db, settings, address]);

  return {
    /** undefined while the settings load; false when no catalogue address is set. */
    configured: settings === undefined ? undefined : address !== '',
    running,
    problem,
    refresh,
  };
}
