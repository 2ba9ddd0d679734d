// The "Share with the catalogue" switch of a stakeholder: the choice is a field of the record
// (written through the write path, so it syncs and is audited); sending it to the catalogue is
// tried at once when the desk has a catalogue address and token, and otherwise happens at the
// next refresh or sync. Turning it off withdraws the catalogue's copy, never the desk's record.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../db';
import { publishShares, readSyncSettings, SyncProblem, type SyncProblemKind } from '../../sync';
import { useStakeholderWrites } from './useStakeholderWrites';

export function useCatalogueShare(id: string) {
  const db = useDatabase();
  const writes = useStakeholderWrites();
  const share = useLiveQuery(async () => (await db.catalogueShares.get(id)) ?? null, [db, id]);
  const settings = useLiveQuery(async () => (await readSyncSettings(db)) ?? null, [db]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SyncProblemKind | null>(null);
  const connected = Boolean(settings?.address.trim() && settings.token.trim());

  const setShared = async (shared: boolean) => {
    await writes.update(id, { shareWithCatalogue: shared });
    setProblem(null);
    if (!settings || !connected) return;
    setSending(true);
    try {
      await publishShares(db, settings);
    } catch (error) {
      // The choice is saved; it is sent at the next refresh or sync.
      setProblem(error instanceof SyncProblem ? error.kind : 'server');
    } finally {
      setSending(false);
    }
  };
  return { share, connected, sending, problem, setShared };
}
