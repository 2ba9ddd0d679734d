// Staff accounts for the browser tests: a desk set up by completeSetup (no keyring yet) gets its
// staff member's account, and the app rendered on it is signed in through the sign-in screen.
import { fireEvent, waitFor } from '@testing-library/react';
import { createDatabase, openDatabase } from '../../renderer/db';
import { RECOVERY_ROW_ID } from '../../domain/records/keyring';
import {
  createDeskSecret,
  createRecoveryKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
} from '../../domain/security/deskKeys';

export const TEST_PASSPHRASE = 'Mabuhay ang Legazpi';
/**
 * Each account's PBKDF2 rounds are stored with it; the fixtures use few so that hundreds of
 * sign-ins stay quick. Tulay itself always wraps with 600,000 (tests/unit/security).
 */
export const TEST_ITERATIONS = 1_000;

/** Gives the desk's staff member an account if it has none; false when there is no desk yet. */
export async function ensureAccount(databaseName: string): Promise<boolean> {
  const db = createDatabase(databaseName);
  await openDatabase(db);
  try {
    const staffId = (await db.settings.get({ key: 'currentStaffId' }))?.value as string | undefined;
    if (!staffId) return false;
    if ((await db.keyring.count()) > 0) return true;
    const secret = createDeskSecret();
    const updatedAt = new Date().toISOString();
    await db.keyring.bulkPut([
      {
        id: staffId,
        wrap: await wrapWithPassphrase(secret.slice(), TEST_PASSPHRASE, TEST_ITERATIONS),
        failedAttempts: 0,
        updatedAt,
      },
      {
        id: RECOVERY_ROW_ID,
        wrap: await wrapWithRecoveryKey(secret, createRecoveryKey()),
        failedAttempts: 0,
        updatedAt,
      },
    ]);
    return true;
  } finally {
    db.close();
  }
}

const passphraseField = () => document.querySelector<HTMLInputElement>('input[name="passphrase"]');

/** Types the passphrase on the sign-in screen (its staff member chosen) and waits for the app. */
export async function signInOnScreen(passphrase = TEST_PASSPHRASE) {
  const field = await waitFor(
    () => {
      const found = passphraseField();
      if (!found) throw new Error('The sign-in screen did not show');
      return found;
    },
    { timeout: 10_000 },
  );
  // The desk's one staff member is chosen once the accounts are read.
  await waitFor(
    () => {
      const staff = field.form!.querySelector<HTMLInputElement>('input[role="combobox"]');
      if (!staff?.value) throw new Error('No staff member chosen yet');
    },
    { timeout: 10_000 },
  );
  fireEvent.change(field, { target: { value: passphrase } });
  fireEvent.submit(field.form!);
  await waitFor(
    () => {
      if (passphraseField()) throw new Error('Still on the sign-in screen');
    },
    { timeout: 10_000 },
  );
}
