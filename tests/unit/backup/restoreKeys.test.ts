// A restore on another desk (the old PC died; a new one was set up with a new desk secret) must
// leave records that the restored keyring opens: the backup carries its desk's field keys and the
// restore seals under them (docs/backup.md, "Keys").
import { afterEach, describe, expect, it } from 'vitest';
import { lockDatabase, unlockDatabase, type TulayDatabase } from '../../../renderer/db';
import { signIn, storeKeyring } from '../../../renderer/features/accounts/accountRepository';
import { prepareKeyring } from '../../../renderer/features/accounts/prepareKeyring';
import { backupDatabase, restoreBackup } from '../../../renderer/features/backup/backupDatabase';
import { createPerson, searchIds } from '../../../renderer/features/people';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { LEGAZPI_DESK } from '../../browser/deskFixture';
import { freshDatabase, writer } from '../db/testDatabase';

const backupPassphrase = 'Tatlong salita, isang susi';
const fast = { testIterations: 1000 };
const accept = { testMinIterations: 1000 };
const OLD_ADMIN = 'Ang lumang PC ng Legazpi';
const NEW_ADMIN = 'Ang bagong PC ng Legazpi';

const opened: TulayDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A desk as the set-up leaves it: its administrator's keyring, the database sealing with its keys. */
async function desk(passphrase: string, options: { encrypted?: boolean } = {}) {
  const db = await freshDatabase(options);
  opened.push(db);
  const keyring = await prepareKeyring(crypto.randomUUID(), passphrase);
  const staffId = await completeSetup(db, LEGAZPI_DESK, {
    staffId: keyring.staffKey.id,
    store: (ctx) => storeKeyring(ctx, keyring),
  });
  if (options.encrypted !== false) unlockDatabase(db, keyring.keys.fieldKeys);
  return { db, staffId };
}

/** The next sign-in after the lock: the staff member's passphrase gives the keys the desk reads with. */
async function lockAndSignIn(db: TulayDatabase, staffId: string, passphrase: string) {
  lockDatabase(db);
  const keys = await signIn(db, staffId, passphrase);
  unlockDatabase(db, keys.fieldKeys);
}

describe('restoring a backup on a desk with other keys', () => {
  it("opens the restored people with the old desk's passphrase, and finds them by name", async () => {
    const old = await desk(OLD_ADMIN);
    const person = await createPerson(writer(old.db, old.staffId), {
      givenName: 'Zephyrine',
      familyName: 'Quillfeather',
      phone: '0917 482 9361',
    });
    const file = await backupDatabase(old.db, backupPassphrase, fast);

    const fresh = await desk(NEW_ADMIN);
    const result = await restoreBackup(fresh.db, file, backupPassphrase, accept);
    expect(result.keysChanged).toBe(true);

    // The restored keyring is the old desk's: its administrator signs in, the new one does not.
    await expect(signIn(fresh.db, fresh.staffId, NEW_ADMIN)).rejects.toThrow();
    await lockAndSignIn(fresh.db, old.staffId, OLD_ADMIN);
    const read = await fresh.db.people.get(person.id);
    expect(read).toMatchObject({ givenName: 'Zephyrine', familyName: 'Quillfeather' });
    expect(await searchIds(fresh.db, 'people', 'quillf')).toEqual([person.id]);
    expect(await searchIds(fresh.db, 'people', 'zephyrine quill')).toEqual([person.id]);
  });

  it('keeps the session when the backup is of this desk, and the safety copy carries its keys', async () => {
    const one = await desk(OLD_ADMIN);
    const person = await createPerson(writer(one.db, one.staffId), {
      givenName: 'Begoña',
      familyName: 'Peñaranda',
    });
    const file = await backupDatabase(one.db, backupPassphrase, fast);
    let safetyCopy: Blob | undefined;
    const same = await restoreBackup(one.db, file, backupPassphrase, {
      ...accept,
      saveSafetyCopy: async () => {
        safetyCopy = await backupDatabase(one.db, backupPassphrase, fast);
      },
    });
    expect(same.keysChanged).toBe(false);
    expect(await one.db.people.get(person.id)).toMatchObject({ familyName: 'Peñaranda' });

    // The copy of what a restore replaced is itself restorable elsewhere by the same rule.
    const other = await desk(NEW_ADMIN);
    expect(safetyCopy).toBeDefined();
    await restoreBackup(other.db, safetyCopy!, backupPassphrase, accept);
    await lockAndSignIn(other.db, one.staffId, OLD_ADMIN);
    expect(await other.db.people.get(person.id)).toMatchObject({ givenName: 'Begoña' });
    expect(await searchIds(other.db, 'people', 'peñar')).toEqual([person.id]);
  });

  it("restores a backup made before encryption under the current keys, keeping this desk's staff and keyring", async () => {
    // A desk that sealed nothing writes no keys, as every backup made before encryption at rest.
    const before = await desk(OLD_ADMIN, { encrypted: false });
    const person = await createPerson(writer(before.db, before.staffId), {
      givenName: 'Fatima',
      familyName: 'Zahra',
    });
    const file = await backupDatabase(before.db, backupPassphrase, fast);

    const fresh = await desk(NEW_ADMIN);
    const result = await restoreBackup(fresh.db, file, backupPassphrase, accept);
    expect(result.keysChanged).toBe(false);
    expect(await fresh.db.staff.get(before.staffId)).toBeUndefined();
    await lockAndSignIn(fresh.db, fresh.staffId, NEW_ADMIN);
    expect(await fresh.db.people.get(person.id)).toMatchObject({ familyName: 'Zahra' });
    expect(await searchIds(fresh.db, 'people', 'zahra')).toEqual([person.id]);
  });
});
