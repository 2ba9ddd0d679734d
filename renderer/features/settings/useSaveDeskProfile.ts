import { useCallback } from 'react';
import type { DeskProfile } from '../../../domain/records';
import { useWriteContext } from '../../db';
import { saveDeskProfile } from './settingsRepository';

export function useSaveDeskProfile() {
  const ctx = useWriteContext();
  return useCallback((profile: DeskProfile) => saveDeskProfile(ctx, profile), [ctx]);
}
