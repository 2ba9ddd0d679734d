// How long the desk may stay untouched before it locks itself: a desk setting (audited, synced
// like the others), 10 minutes unless an administrator chose otherwise.
import { createRecord, updateReadRecord, type TulayDatabase, type WriteContext } from '../../db';

export const LOCK_SETTING_KEY = 'lockAfterMinutes';
export const DEFAULT_LOCK_MINUTES = 10;
export const LOCK_MINUTES_CHOICES = [1, 2, 5, 10, 15, 30] as const;

export async function readLockMinutes(db: TulayDatabase): Promise<number> {
  const row = await db.settings.get({ key: LOCK_SETTING_KEY });
  const value = row && !row.deletedAt ? row.value : undefined;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_LOCK_MINUTES;
}

export async function writeLockMinutes(ctx: WriteContext, minutes: number) {
  const { db } = ctx;
  await db.transaction('rw', [db.settings, db.audit, db.outbox], async () => {
    const existing = await db.settings.get({ key: LOCK_SETTING_KEY });
    if (existing) await updateReadRecord(ctx, 'settings', existing, { value: minutes });
    else await createRecord(ctx, 'settings', { key: LOCK_SETTING_KEY, value: minutes });
  });
}
