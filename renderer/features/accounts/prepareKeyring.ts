// A new desk key, wrapped for the first administrator and for a new recovery key: made in memory
// when the passphrase is chosen, stored only once the recovery key has been kept (storeKeyring).
import {
  RECOVERY_ROW_ID,
  type RecoveryKeyEntry,
  type StaffKeyEntry,
} from '../../../domain/records/keyring';
import {
  createDeskSecret,
  createRecoveryKey,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  type DeskKeys,
} from '../../../domain/security/deskKeys';

/** The keyring rows of a new desk (or of a desk set up before accounts), before they are stored. */
export interface NewKeyring {
  staffKey: StaffKeyEntry;
  recoveryKey: RecoveryKeyEntry;
  /** Shown once, on the recovery sheet; never stored. */
  recoveryText: string;
  keys: DeskKeys;
}

/** Makes the desk key and wraps it for the first administrator and for a new recovery key. */
export async function prepareKeyring(staffId: string, passphrase: string): Promise<NewKeyring> {
  const secret = createDeskSecret();
  const recoveryText = createRecoveryKey();
  const updatedAt = new Date().toISOString();
  const [wrap, recovery] = await Promise.all([
    wrapWithPassphrase(secret.slice(), passphrase),
    wrapWithRecoveryKey(secret.slice(), recoveryText),
  ]);
  const keys = await unwrapWithPassphrase(wrap, passphrase);
  secret.fill(0);
  return {
    staffKey: { id: staffId, wrap, failedAttempts: 0, updatedAt },
    recoveryKey: { id: RECOVERY_ROW_ID, wrap: recovery, failedAttempts: 0, updatedAt },
    recoveryText,
    keys,
  };
}
