// The agency's name on a handout: the stakeholder's name as the desk wrote it, else the preset
// partner's name in the handout's language.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/records';
import type { Service } from '../serviceTypes';
import type { NamedAgency } from '../useAgencyNaming';
import { presetLabel } from '../usePresetLabels';
import { useDesk } from '../../settings';

export function useHandoutAgencyName(
  service: Service,
  language: Language,
  agencyOf: (service: Service) => NamedAgency | null,
): string | undefined {
  const { i18n } = useTranslation();
  const { presetId } = useDesk().profile;
  const agency = agencyOf(service);
  if (!agency) return undefined;
  if (agency.stakeholderId) return agency.name;
  const t = i18n.getFixedT(language, 'presets') as unknown as (key: never) => string;
  return presetLabel(t, presetId, 'partners', agency.presetPartnerId ?? '');
}
