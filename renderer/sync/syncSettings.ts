// Settings → Sync, stored as the desk's "sync" setting through the write path (audited). The
// settings table never leaves the desk, so the token is not pushed anywhere.
import { createRecord, updateReadRecord, type TulayDatabase, type WriteContext } from '../db';

export interface SyncSettings {
  address: string;
  token: string;
  /** Replicate cases, people and the rest between the desks of the municipality. Off at first. */
  replicate: boolean;
}

export const SYNC_SETTING_KEY = 'sync';

export async function readSyncSettings(db: TulayDatabase): Promise<SyncSettings | undefined> {
  const record = await db.settings.get({ key: SYNC_SETTING_KEY });
  return record && !record.deletedAt ? (record.value as SyncSettings) : undefined;
}

export async function saveSyncSettings(ctx: WriteContext, value: SyncSettings) {
  await ctx.db.transaction('rw', [ctx.db.settings, ctx.db.audit, ctx.db.outbox], async () => {
    const existing = await ctx.db.settings.get({ key: SYNC_SETTING_KEY });
    if (existing) await updateReadRecord(ctx, 'settings', existing, { value });
    else await createRecord(ctx, 'settings', { key: SYNC_SETTING_KEY, value });
  });
}
