import { useCallback } from 'react';
import type { DeskProfile } from '../../../domain/records';
import { useDatabase } from '../../db';
import { completeSetup } from './settingsRepository';

export function useCompleteSetup() {
  const db = useDatabase();
  return useCallback(
    async (profile: DeskProfile) => {
      await completeSetup(db, profile);
    },
    [db],
  );
}
