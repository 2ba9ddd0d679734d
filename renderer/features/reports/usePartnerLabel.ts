// A referral partner's name: the stakeholder's, else the preset partner's label.
import { useCallback, useMemo } from 'react';
import { usePreset, usePresetLabel } from '../settings';
import { useStakeholderOptions } from '../stakeholders';

export function usePartnerLabel() {
  const stakeholders = useStakeholderOptions();
  const preset = usePreset();
  const label = usePresetLabel();
  const names = useMemo(() => new Map(stakeholders.map((s) => [s.id, s.name])), [stakeholders]);
  return useCallback(
    (id: string) => {
      const name = names.get(id);
      if (name) return name;
      const partner = preset.referralPartners.find((p) => p.id === id);
      return partner ? `${label('partners', partner.id)} (${partner.abbreviation})` : id;
    },
    [names, preset, label],
  );
}
