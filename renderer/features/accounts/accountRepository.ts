// Staff accounts: who may sign in, with which role, and the desk key wrapped for each of them
// (domain/security/deskKeys.ts). The staff record goes through the write path (audited, synced);
// the key wrappings are local rows of `keyring`. Sign-ins, wrong passphrases, locks and
// passphrase changes are audited on the staff record.
import { uuidv7 } from '../../../domain/ids';
import type { StaffRole } from '../../../domain/records';
import { RECOVERY_ROW_ID, type StaffKeyEntry } from '../../../domain/records/keyring';
import {
  unwrapSecretWithPassphrase,
  unwrapSecretWithRecoveryKey,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  type DeskKeys,
} from '../../../domain/security/deskKeys';
import { nextTryAt } from '../../../domain/security/signInThrottle';
import { WrongPassphraseError } from '../../../domain/security/WrongPassphraseError';
import {
  createRecord,
  deleteRecord,
  recordAccess,
  updateRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../db';
import { AccountError, TooSoonError } from './accountErrors';
import type { NewKeyring } from './prepareKeyring';

/** Stores a prepared keyring (in the caller's transaction, if any); audited as a passphrase set. */
export async function storeKeyring(ctx: WriteContext, keyring: NewKeyring) {
  await ctx.db.transaction('rw', [ctx.db.keyring, ctx.db.audit], async () => {
    await ctx.db.keyring.bulkPut([keyring.staffKey, keyring.recoveryKey]);
    await recordAccess(ctx, 'passphraseChange', 'staff', keyring.staffKey.id);
  });
}

export async function hasKeyring(db: TulayDatabase): Promise<boolean> {
  return (await db.keyring.count()) > 0;
}

export interface Account {
  id: string;
  name: string;
  role: StaffRole;
}

/** The staff members who can sign in, by name. */
export async function readAccounts(db: TulayDatabase): Promise<Account[]> {
  const keyIds = new Set(await db.keyring.toCollection().primaryKeys());
  const staff = await db.staff.toArray();
  return staff
    .filter((s) => !s.deletedAt && keyIds.has(s.id))
    .map((s) => ({ id: s.id, name: s.displayName, role: s.role }));
}

async function staffKeyOf(db: TulayDatabase, staffId: string): Promise<StaffKeyEntry> {
  const row = await db.keyring.get(staffId);
  const staff = await db.staff.get(staffId);
  if (row?.wrap.kind !== 'passphrase' || !staff || staff.deletedAt) {
    throw new AccountError('noAccount');
  }
  return row as StaffKeyEntry;
}

/**
 * Signs a staff member in: their keys, or WrongPassphraseError (counted, audited) or TooSoonError
 * while earlier wrong passphrases still make them wait. `unlock`: the same person after a lock.
 */
export async function signIn(
  db: TulayDatabase,
  staffId: string,
  passphrase: string,
  { unlock = false, now = () => new Date() }: { unlock?: boolean; now?: () => Date } = {},
): Promise<DeskKeys> {
  const row = await staffKeyOf(db, staffId);
  const retryAt = nextTryAt(row);
  if (retryAt > now().getTime()) throw new TooSoonError(retryAt);
  const ctx: WriteContext = { db, actor: staffId, now };
  try {
    const keys = await unwrapWithPassphrase(row.wrap, passphrase);
    await db.transaction('rw', [db.keyring, db.audit], async () => {
      await db.keyring.update(staffId, { failedAttempts: 0, lastFailedAt: undefined });
      await recordAccess(ctx, unlock ? 'unlock' : 'signIn', 'staff', staffId);
    });
    return keys;
  } catch (error) {
    if (!(error instanceof WrongPassphraseError)) throw error;
    const failedAttempts = row.failedAttempts + 1;
    const lastFailedAt = now().toISOString();
    await db.transaction('rw', [db.keyring, db.audit], async () => {
      await db.keyring.update(staffId, { failedAttempts, lastFailedAt });
      await recordAccess(ctx, 'signInFailed', 'staff', staffId);
    });
    const wait = nextTryAt({ failedAttempts, lastFailedAt });
    if (wait > now().getTime()) throw new TooSoonError(wait, true);
    throw error;
  }
}

/** When the staff member may try again (ms since the epoch; 0 when now). */
export async function readNextTry(db: TulayDatabase, staffId: string): Promise<number> {
  const row = await db.keyring.get(staffId);
  return row ? nextTryAt(row) : 0;
}

export async function recordLock(ctx: WriteContext) {
  await recordAccess(ctx, 'lock', 'staff', ctx.actor);
}

/** The raw desk secret from the administrator's own passphrase, to wrap it for someone else. */
async function secretFromAdmin(ctx: WriteContext, adminPassphrase: string) {
  const admin = await ctx.db.staff.get(ctx.actor);
  if (admin?.role !== 'admin') throw new AccountError('notAdministrator');
  const row = await staffKeyOf(ctx.db, ctx.actor);
  try {
    return await unwrapSecretWithPassphrase(row.wrap, adminPassphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new AccountError('wrongAdminPassphrase');
    throw error;
  }
}

export interface NewAccount {
  name: string;
  role: StaffRole;
  passphrase: string;
}

/** An administrator adds a staff member with a first passphrase. Returns the new staff id. */
export async function addAccount(
  ctx: WriteContext,
  account: NewAccount,
  adminPassphrase: string,
): Promise<string> {
  const secret = await secretFromAdmin(ctx, adminPassphrase);
  const wrap = await wrapWithPassphrase(secret, account.passphrase);
  secret.fill(0);
  const id = uuidv7();
  const { db } = ctx;
  await db.transaction('rw', [db.staff, db.keyring, db.audit, db.outbox], async () => {
    await createRecord(
      ctx,
      'staff',
      { displayName: account.name.trim(), role: account.role, active: true },
      { id },
    );
    await db.keyring.put({ id, wrap, failedAttempts: 0, updatedAt: new Date().toISOString() });
    await recordAccess(ctx, 'passphraseChange', 'staff', id);
  });
  return id;
}

/** An administrator sets a new passphrase for a staff member (who forgot theirs). */
export async function resetPassphrase(
  ctx: WriteContext,
  staffId: string,
  passphrase: string,
  adminPassphrase: string,
) {
  await staffKeyOf(ctx.db, staffId);
  const secret = await secretFromAdmin(ctx, adminPassphrase);
  const wrap = await wrapWithPassphrase(secret, passphrase);
  secret.fill(0);
  await putStaffKey(ctx, staffId, wrap);
}

async function putStaffKey(ctx: WriteContext, staffId: string, wrap: StaffKeyEntry['wrap']) {
  await ctx.db.transaction('rw', [ctx.db.keyring, ctx.db.audit], async () => {
    await ctx.db.keyring.put({
      id: staffId,
      wrap,
      failedAttempts: 0,
      updatedAt: new Date().toISOString(),
    });
    await recordAccess(ctx, 'passphraseChange', 'staff', staffId);
  });
}

/**
 * The recovery key opens the desk key, and an administrator gets a new passphrase with it (the
 * only way back when every administrator forgot theirs).
 */
export async function recoverAdministrator(
  db: TulayDatabase,
  staffId: string,
  recoveryText: string,
  passphrase: string,
) {
  const staff = await db.staff.get(staffId);
  if (staff?.role !== 'admin' || staff.deletedAt) throw new AccountError('notAdministrator');
  const row = await db.keyring.get(RECOVERY_ROW_ID);
  if (row?.wrap.kind !== 'recovery') throw new AccountError('noAccount');
  const secret = await unwrapSecretWithRecoveryKey(row.wrap, recoveryText);
  const wrap = await wrapWithPassphrase(secret, passphrase);
  secret.fill(0);
  await putStaffKey({ db, actor: staffId }, staffId, wrap);
}

async function administrators(db: TulayDatabase) {
  return (await readAccounts(db)).filter((a) => a.role === 'admin');
}

/** Changes a staff member's role; the desk always keeps one administrator. */
export async function changeRole(ctx: WriteContext, staffId: string, role: StaffRole) {
  await ctx.db.transaction(
    'rw',
    [ctx.db.staff, ctx.db.keyring, ctx.db.audit, ctx.db.outbox],
    async () => {
      const admins = await administrators(ctx.db);
      if (role !== 'admin' && admins.length === 1 && admins[0]!.id === staffId) {
        throw new AccountError('lastAdministrator');
      }
      await updateRecord(ctx, 'staff', staffId, { role });
    },
  );
}

/** Removes a staff member: they can no longer sign in; their name stays on what they wrote. */
export async function removeAccount(ctx: WriteContext, staffId: string) {
  if (staffId === ctx.actor) throw new AccountError('removeSelf');
  await ctx.db.transaction(
    'rw',
    [ctx.db.staff, ctx.db.keyring, ctx.db.audit, ctx.db.outbox],
    async () => {
      await deleteRecord(ctx, 'staff', staffId);
      await ctx.db.keyring.delete(staffId);
    },
  );
}
