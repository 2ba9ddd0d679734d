import { useCallback } from 'react';
import { WrongPassphraseError } from '../../../domain/security/WrongPassphraseError';
import { useDatabase } from '../../db';
import { recoverAdministrator } from './accountRepository';

/** Sets an administrator's new passphrase with the recovery key; false for a wrong key. */
export function useRecoverAdministrator() {
  const db = useDatabase();
  return useCallback(
    async (staffId: string, recoveryKey: string, passphrase: string) => {
      try {
        await recoverAdministrator(db, staffId, recoveryKey, passphrase);
        return true;
      } catch (error) {
        if (error instanceof WrongPassphraseError) return false;
        throw error;
      }
    },
    [db],
  );
}
