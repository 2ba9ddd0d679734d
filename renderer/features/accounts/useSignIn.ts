// Signing in: the passphrase opens the desk key, the session starts, the shell is told the desk
// is open, and the in-memory search index is built again (it was dropped at the lock).
import { useCallback } from 'react';
import type { DeskKeys } from '../../../domain/security/deskKeys';
import { applyReadPolicy, unlockDatabase, useDatabase, warmSearchIndexes } from '../../db';
import { platform } from '../../platform';
import { signIn } from './accountRepository';
import { useSessionState } from './SessionContext';

export function useStartSession() {
  const db = useDatabase();
  const { start } = useSessionState();
  return useCallback(
    async (staffId: string, keys: DeskKeys) => {
      const staff = await db.staff.get(staffId);
      if (!staff) return;
      // Before any screen below the session reads: personal fields open with these keys.
      unlockDatabase(db, keys.fieldKeys);
      // In force at once (nothing runs in between): what this role may not read is never
      // decrypted (a clerk: restricted cases' details, the legal status).
      await applyReadPolicy(db, staff.role);
      start({ staffId, name: staff.displayName, role: staff.role, keys });
      await platform.setLocked(false);
      void warmSearchIndexes(db);
    },
    [db, start],
  );
}

export function useSignIn() {
  const db = useDatabase();
  const { lockedBy } = useSessionState();
  const startSession = useStartSession();
  return useCallback(
    async (staffId: string, passphrase: string) => {
      const keys = await signIn(db, staffId, passphrase, { unlock: lockedBy === staffId });
      await startSession(staffId, keys);
    },
    [db, lockedBy, startSession],
  );
}
