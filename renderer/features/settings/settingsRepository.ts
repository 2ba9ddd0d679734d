// Desk settings are records of the "settings" table keyed by name, written through the
// single write path like everything else (so they are audited and can sync).
import { uuidv7 } from '../../../domain/ids';
import type { DeskProfile } from '../../../domain/records';
import {
  createRecord,
  updateReadRecord,
  updateRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';

export const SETTING_KEYS = {
  deskProfile: 'deskProfile',
  currentStaffId: 'currentStaffId',
} as const;

export async function readSetting<T>(db: TulayDatabase, key: string): Promise<T | undefined> {
  const record = await db.settings.get({ key });
  return record && !record.deletedAt ? (record.value as T) : undefined;
}

export async function writeSetting(ctx: WriteContext, key: string, value: unknown) {
  await ctx.db.transaction('rw', [ctx.db.settings, ctx.db.audit, ctx.db.outbox], async () => {
    const existing = await ctx.db.settings.get({ key });
    if (existing) await updateReadRecord(ctx, 'settings', existing, { value });
    else await createRecord(ctx, 'settings', { key, value });
  });
}

/**
 * First run: the staff member (the administrator), the desk profile and, when given, the desk key
 * wrapped for them and for the recovery key, all or nothing. Returns the staff id. Without a
 * keyring the desk is like one set up before accounts: the next start asks for a passphrase.
 */
export async function completeSetup(
  db: TulayDatabase,
  profile: DeskProfile,
  keyring?: { staffId: string; store: (ctx: WriteContext) => Promise<void> },
): Promise<string> {
  const staffId = keyring?.staffId ?? uuidv7();
  const ctx: WriteContext = { db, actor: staffId };
  await db.transaction('rw', [db.settings, db.staff, db.audit, db.outbox, db.keyring], async () => {
    await createRecord(
      ctx,
      'staff',
      { displayName: profile.staffName, role: 'admin', active: true },
      { id: staffId },
    );
    await writeSetting(ctx, SETTING_KEYS.deskProfile, profile);
    await writeSetting(ctx, SETTING_KEYS.currentStaffId, staffId);
    await keyring?.store(ctx);
  });
  return staffId;
}

/** Saves an edited desk profile; the staff member's name follows the profile. */
export async function saveDeskProfile(ctx: WriteContext, profile: DeskProfile) {
  await ctx.db.transaction(
    'rw',
    [ctx.db.settings, ctx.db.staff, ctx.db.audit, ctx.db.outbox],
    async () => {
      await writeSetting(ctx, SETTING_KEYS.deskProfile, profile);
      const staff = await ctx.db.staff.get(ctx.actor);
      if (staff && staff.displayName !== profile.staffName) {
        await updateRecord(ctx, 'staff', staff.id, { displayName: profile.staffName });
      }
    },
  );
}
