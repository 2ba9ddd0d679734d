// The desk's retention periods, live, and saving them; the labels of the preset's categories.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresetId } from '../../../domain/records';
import type { RetentionPeriods } from '../../../domain/retention/periods';
import { useDatabase, useWriteContext } from '../../db';
import { readRetentionPeriods, saveRetentionPeriods } from './retentionRepository';

/** undefined while loading. */
export function useRetentionPeriods() {
  const db = useDatabase();
  const ctx = useWriteContext();
  const periods = useLiveQuery(() => readRetentionPeriods(db), [db]);
  const save = useCallback((next: RetentionPeriods) => saveRetentionPeriods(ctx, next), [ctx]);
  return { periods, save };
}

/** A category's label in the user's language (the `presets` namespace). */
export function useCategoryLabel(presetId: PresetId) {
  const { t } = useTranslation('presets');
  return useCallback(
    (id: string) => (t as (key: string) => string)(`${presetId}.categories.${id}`),
    [t, presetId],
  );
}
