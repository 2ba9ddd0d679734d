// The desk preset's case categories and referral partners, with their labels, as the services
// screens show them (labels live in the `presets` namespace at `<presetId>.<group>.<id>`).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getPreset, presetLabelKey, type PresetLabelGroup } from '../../../domain/presets';
import type { PresetId } from '../../../domain/records';
import { useDesk } from '../settings';

export function presetLabel(
  t: (key: never) => string,
  presetId: PresetId,
  group: PresetLabelGroup,
  id: string,
): string {
  // Keys are built from preset data, so they cannot be checked against the typed key union.
  return t(presetLabelKey(presetId, group, id) as never);
}

export function usePresetLabels() {
  const { t } = useTranslation('presets');
  const { presetId } = useDesk().profile;
  return useMemo(() => {
    const preset = getPreset(presetId);
    const label = t as unknown as (key: never) => string;
    return {
      presetId,
      categories: preset.categories,
      partners: preset.referralPartners,
      category: (id: string) => presetLabel(label, presetId, 'categories', id),
      partner: (id: string) => presetLabel(label, presetId, 'partners', id),
    };
  }, [t, presetId]);
}
