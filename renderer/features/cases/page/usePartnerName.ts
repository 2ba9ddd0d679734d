// A referral partner's name: the stakeholder's name, or the preset partner's label when the
// referral names a preset partner that is not (yet) a stakeholder.
import { useCallback } from 'react';
import { usePreset, usePresetLabel } from '../../settings';
import type { CaseView } from './useCaseView';

export function usePartnerName(view: Pick<CaseView, 'stakeholderNames'>) {
  const preset = usePreset();
  const label = usePresetLabel();
  return useCallback(
    (partnerId?: string) => {
      if (!partnerId) return '';
      const stakeholder = view.stakeholderNames[partnerId];
      if (stakeholder) return stakeholder;
      const partner = preset.referralPartners.find((p) => p.id === partnerId);
      return partner ? `${label('partners', partner.id)} (${partner.abbreviation})` : partnerId;
    },
    [view.stakeholderNames, preset, label],
  );
}
