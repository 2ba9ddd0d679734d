// Picks the agency of a service: a stakeholder of the desk, or one of the preset's agencies
// that the desk has not added as a stakeholder yet (then the service keeps its partner id and
// finds the stakeholder once it exists).
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAgencyNaming } from './useAgencyNaming';
import { usePresetLabels } from './usePresetLabels';
import { useServiceFormField } from './useServiceFormField';
import { SearchableSelect } from '../../ui/SearchableSelect';

const PRESET = 'preset:';

export function AgencySelect() {
  const { t } = useTranslation('services');
  const { control, setValue } = useServiceFormField();
  const { agencies, agencyOf } = useAgencyNaming();
  const { partners, partner } = usePresetLabels();
  const [agencyId, agencyPresetId] = useWatch({ control, name: ['agencyId', 'agencyPresetId'] });

  const data = useMemo(() => {
    const represented = new Set(agencies.map((a) => a.presetPartnerId).filter(Boolean));
    return [
      {
        group: t('form.agencyStakeholders'),
        items: agencies.map((a) => ({ value: a.id, label: a.name })),
      },
      {
        group: t('form.agencyPresetPartners'),
        items: partners
          .filter((p) => !represented.has(p.id))
          .map((p) => ({
            value: `${PRESET}${p.id}`,
            label: `${p.abbreviation} — ${partner(p.id)}`,
          })),
      },
    ].filter((group) => group.items.length > 0);
  }, [agencies, partners, partner, t]);

  const change = (next: string | null) => {
    const dirty = { shouldDirty: true };
    const stakeholder = agencies.find((a) => a.id === next);
    const presetId = next?.startsWith(PRESET) ? next.slice(PRESET.length) : undefined;
    setValue('agencyId', stakeholder?.id, dirty);
    setValue('agencyPresetId', stakeholder ? stakeholder.presetPartnerId : presetId, dirty);
  };

  return (
    <SearchableSelect
      label={t('form.agency')}
      description={t('form.agencyHint')}
      data={data}
      value={agencyOf({ agencyId, agencyPresetId })?.key ?? null}
      onChange={change}
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  );
}
