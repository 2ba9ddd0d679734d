// Labels of the desk preset's ids (categories, roles, statuses, partners…) in the user's
// language, from the `presets` namespace.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresetLabelGroup } from '../../../domain/presets';
import { useDesk } from './DeskContext';

export type PresetLabel = (
  group: PresetLabelGroup | `fieldOptions.${string}`,
  id: string,
) => string;

export function usePresetLabel(): PresetLabel {
  const { t } = useTranslation('presets');
  const { presetId } = useDesk().profile;
  return useCallback(
    (group, id) => (t as (key: string) => string)(`${presetId}.${group}.${id}`),
    [t, presetId],
  );
}
