import { describe, expect, it } from 'vitest';
import { LEGAZPI_DESK } from '../../browser/deskFixture';
import { WrongPassphraseError } from '../../../domain/security/WrongPassphraseError';
import {
  addAccount,
  changeRole,
  readAccounts,
  recoverAdministrator,
  removeAccount,
  resetPassphrase,
  signIn,
  storeKeyring,
} from '../../../renderer/features/accounts/accountRepository';
import { AccountError, TooSoonError } from '../../../renderer/features/accounts/accountErrors';
import { prepareKeyring } from '../../../renderer/features/accounts/prepareKeyring';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { freshDatabase } from '../db/testDatabase';

const ADMIN = 'Mabuhay ang Legazpi';

async function deskWithAdministrator() {
  const db = await freshDatabase();
  const staffId = await completeSetup(db, LEGAZPI_DESK);
  const keyring = await prepareKeyring(staffId, ADMIN);
  await storeKeyring({ db, actor: staffId }, keyring);
  return { db, staffId, recoveryText: keyring.recoveryText, ctx: { db, actor: staffId } };
}

describe('accountRepository', () => {
  it('signs the administrator in, and counts and audits wrong passphrases until the wait', async () => {
    const { db, staffId } = await deskWithAdministrator();
    await expect(signIn(db, staffId, ADMIN)).resolves.toHaveProperty('dataKey');
    const at = new Date('2026-12-05T10:00:00Z');
    const now = () => at;
    await expect(signIn(db, staffId, 'wrong one', { now })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await expect(signIn(db, staffId, 'wrong two', { now })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const third = signIn(db, staffId, 'wrong three', { now });
    await expect(third).rejects.toBeInstanceOf(TooSoonError);
    // Within the wait, even the right passphrase is not tried.
    await expect(signIn(db, staffId, ADMIN, { now })).rejects.toMatchObject({
      retryAt: at.getTime() + 5_000,
      afterWrongPassphrase: false,
    });
    const later = () => new Date(at.getTime() + 5_000);
    await expect(signIn(db, staffId, ADMIN, { now: later })).resolves.toHaveProperty('indexKey');
    expect(await db.keyring.get(staffId)).toMatchObject({ failedAttempts: 0 });
    const actions = (await db.audit.toArray())
      .filter((a) => a.recordId === staffId && a.action.startsWith('signIn'))
      .map((a) => a.action);
    expect(actions).toEqual(['signIn', 'signInFailed', 'signInFailed', 'signInFailed', 'signIn']);
  });

  it('adds a staff member only with the right administrator passphrase, and they sign in with theirs', async () => {
    const { db, ctx } = await deskWithAdministrator();
    const account = { name: 'Jun Reyes', role: 'clerk' as const, passphrase: 'Salamat po Legazpi' };
    await expect(addAccount(ctx, account, 'not mine')).rejects.toMatchObject({
      problem: 'wrongAdminPassphrase',
    });
    expect(await db.staff.count()).toBe(1);
    const id = await addAccount(ctx, account, ADMIN);
    await expect(signIn(db, id, 'Salamat po Legazpi')).resolves.toHaveProperty('dataKey');
    expect((await readAccounts(db)).map((a) => [a.name, a.role])).toEqual(
      expect.arrayContaining([
        ['Ana Santos', 'admin'],
        ['Jun Reyes', 'clerk'],
      ]),
    );
    // A clerk cannot add anyone, even with the right passphrase.
    await expect(
      addAccount({ db, actor: id }, account, 'Salamat po Legazpi'),
    ).rejects.toMatchObject({ problem: 'notAdministrator' });
  });

  it('keeps one administrator, refuses removing oneself, and a removed member cannot sign in', async () => {
    const { db, ctx, staffId } = await deskWithAdministrator();
    await expect(changeRole(ctx, staffId, 'officer')).rejects.toBeInstanceOf(AccountError);
    const id = await addAccount(
      ctx,
      { name: 'Jun', role: 'officer', passphrase: 'Salamat po 2026' },
      ADMIN,
    );
    await changeRole(ctx, id, 'supervisor');
    expect((await db.staff.get(id))?.role).toBe('supervisor');
    await expect(removeAccount(ctx, staffId)).rejects.toMatchObject({ problem: 'removeSelf' });
    await removeAccount(ctx, id);
    await expect(signIn(db, id, 'Salamat po 2026')).rejects.toMatchObject({ problem: 'noAccount' });
    expect(await db.keyring.get(id)).toBeUndefined();
  });

  it('resets a forgotten passphrase, by an administrator or with the recovery key', async () => {
    const { db, ctx, staffId, recoveryText } = await deskWithAdministrator();
    const id = await addAccount(
      ctx,
      { name: 'Jun', role: 'officer', passphrase: 'Salamat po 2026' },
      ADMIN,
    );
    await resetPassphrase(ctx, id, 'A new one for Jun', ADMIN);
    await expect(signIn(db, id, 'Salamat po 2026')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(signIn(db, id, 'A new one for Jun')).resolves.toHaveProperty('dataKey');

    await expect(
      recoverAdministrator(
        db,
        staffId,
        'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
        'Fresh start 2026',
      ),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    await recoverAdministrator(db, staffId, recoveryText, 'Fresh start 2026');
    await expect(signIn(db, staffId, 'Fresh start 2026')).resolves.toHaveProperty('dataKey');
    // Only an administrator can be recovered this way.
    await expect(
      recoverAdministrator(db, id, recoveryText, 'Sneaky 2026 pass'),
    ).rejects.toMatchObject({
      problem: 'notAdministrator',
    });
  });
});
