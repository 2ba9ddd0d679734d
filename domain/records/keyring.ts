// The desk key's wrappings (domain/security/deskKeys.ts), one row per staff account and one for
// the recovery key. Local to this computer: never synced, never shown, not written through the
// record write path (they are not records); what changes them is audited on the staff record.
import type { PassphraseWrap, RecoveryWrap } from '../security/deskKeys';
import type { FailedAttempts } from '../security/signInThrottle';

/** The id of the recovery key's row; every other row's id is a staff id. */
export const RECOVERY_ROW_ID = 'recovery';

export interface KeyringEntry extends FailedAttempts {
  /** A staff id (the `staff` record), or RECOVERY_ROW_ID. */
  id: string;
  wrap: PassphraseWrap | RecoveryWrap;
  updatedAt: string;
}

export interface StaffKeyEntry extends KeyringEntry {
  wrap: PassphraseWrap;
}

export interface RecoveryKeyEntry extends KeyringEntry {
  wrap: RecoveryWrap;
}
