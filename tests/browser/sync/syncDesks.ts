// Desks for the sync tests: each on a database named after its test file and desk, set up, and
// connected to the run's real catalogue server (tests/browser/catalogueServer.ts).
import { inject } from 'vitest';
import type { DeskProfile } from '../../../domain/records';
import { createDatabase, openDatabase, type WriteContext } from '../../../renderer/db';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { CatalogueClient } from '../../../renderer/sync/client';
import { saveSyncSettings } from '../../../renderer/sync/syncSettings';
import { LEGAZPI_DESK } from '../deskFixture';

export const catalogueUrl = () => inject('catalogueUrl');

/** A set-up desk of Legazpi City on a database of its own. */
export async function syncDesk(file: string, desk: string, referencePrefix: string) {
  const databaseName = `tulay-sync-${file}-${desk}-${Date.now()}`;
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const profile: DeskProfile = { ...LEGAZPI_DESK, referencePrefix };
  const staffId = await completeSetup(db, profile);
  const ctx: WriteContext = { db, actor: staffId };
  return { databaseName, db, staffId, ctx };
}

/** Stores the catalogue's address and the desk's token, sharing on, as Settings → Sync does. */
export async function connectDesk(ctx: WriteContext, token: string) {
  await saveSyncSettings(ctx, { address: catalogueUrl(), token, replicate: true });
  return new CatalogueClient({ address: catalogueUrl(), token });
}
