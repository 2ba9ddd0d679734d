// A desk set up before accounts existed: its one staff member chooses a passphrase, keeps the
// recovery key, and is signed in.
import { useCallback } from 'react';
import { useDatabase } from '../../db';
import { storeKeyring } from './accountRepository';
import type { NewKeyring } from './prepareKeyring';
import { useStartSession } from './useSignIn';

export function useFinishFirstAccount() {
  const db = useDatabase();
  const startSession = useStartSession();
  return useCallback(
    async (keyring: NewKeyring) => {
      const staffId = keyring.staffKey.id;
      await storeKeyring({ db, actor: staffId }, keyring);
      await startSession(staffId, keyring.keys);
    },
    [db, startSession],
  );
}
