import { useCallback } from 'react';
import type { DeskProfile } from '../../../domain/records';
import { useDatabase } from '../../db';
import { storeKeyring, useStartSession, type NewKeyring } from '../accounts';
import { completeSetup } from './settingsRepository';

/** Stores the desk, its administrator and their keys in one go, then signs them in. */
export function useCompleteSetup() {
  const db = useDatabase();
  const startSession = useStartSession();
  return useCallback(
    async (profile: DeskProfile, keyring: NewKeyring) => {
      const staffId = keyring.staffKey.id;
      await completeSetup(db, profile, {
        staffId,
        store: (ctx) => storeKeyring(ctx, keyring),
      });
      await startSession(staffId, keyring.keys);
    },
    [db, startSession],
  );
}
