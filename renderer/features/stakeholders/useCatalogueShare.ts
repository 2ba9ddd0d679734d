// The "Share with the catalogue" switch of a stakeholder: the choice is a field of the record
// (written through the write path, so it syncs and is audited); sending it to the catalogue is
// tried at once when the desk has a catalogue address and token, and otherwise happens at the
// next refresh or sync. Turning it off withdraws the catalogue's copy, never the desk's record.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../db';
import {
  publishShares,
  readSyncSettings,
  SyncProblem,
  type SyncProblemKind,
  type SyncSettings,
} from '../../sync';
import { useStakeholderWrites } from './useStakeholderWrites';

function isConnected(settings: SyncSettings | null) {
  return Boolean(settings?.address.trim() && settings.token.trim());
}

export function useCatalogueShare(id: string) {
  const db = useDatabase();
  const writes = useStakeholderWrites();
  const share = useLiveQuery(async () => (await db.catalogueShares.get(id)) ?? null, [db, id]);
  const settings = useLiveQuery(async () => (await readSyncSettings(db)) ?? null, [db]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SyncProblemKind | null>(null);
  // Undefined until the settings have been read: the page must not say "not connected" before it
  // knows.
  const connected = settings === undefined ? undefined : isConnected(settings);

  const setShared = async (shared: boolean) => {
    await writes.update(id, { shareWithCatalogue: shared });
    setProblem(null);
    // Read now rather than from the last render: a switch pressed before the live query had
    // answered would otherwise be saved and never sent.
    const current = await readSyncSettings(db);
    if (!current || !isConnected(current)) return;
    setSending(true);
    try {
      await publishShares(db, current);
    } catch (error) {
      // The choice is saved; it is sent at the next refresh or sync.
      setProblem(error instanceof SyncProblem ? error.kind : 'server');
    } finally {
      setSending(false);
    }
  };
  return { share, connected, sending, problem, setShared };
}
