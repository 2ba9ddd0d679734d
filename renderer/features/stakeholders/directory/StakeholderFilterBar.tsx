// The filters above the three views, and how many stakeholders pass them.
import { Button, Group, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasActiveFilters, type StakeholderFilters } from '../../../../domain/stakeholders/filters';
import { SECTORS, STAKEHOLDER_TYPES } from '../../../../domain/stakeholders/taxonomy';
import { countryName, formatNumber } from '../../../ui/format';
import type { StoredStakeholder } from '../stakeholderRepository';
import { SearchField } from './SearchField';
import { SearchableMultiSelect, SearchableSelect } from '../../../ui/SearchableSelect';

interface Props {
  all: readonly StoredStakeholder[];
  shown: number;
  filters: StakeholderFilters;
  onChange: (patch: Partial<StakeholderFilters>) => void;
  onClear: () => void;
}

function useCountryOptions(all: readonly StoredStakeholder[], selected: string | null) {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const codes = new Set(all.flatMap((s) => (s.country ? [s.country] : [])));
    if (selected) codes.add(selected);
    return [...codes]
      .map((code) => ({ value: code, label: countryName(i18n.language, code) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  }, [all, selected, i18n.language]);
}

export function StakeholderFilterBar({ all, shown, filters, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation('stakeholders');
  const countries = useCountryOptions(all, filters.country);
  const types = STAKEHOLDER_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }));
  const sectors = SECTORS.map((sector) => ({ value: sector, label: t(`sectors.${sector}`) }));
  const count = (n: number) => formatNumber(i18n.language, n);

  return (
    <Group component="section" aria-label={t('filters.label')} align="flex-end" gap="sm">
      <SearchField query={filters.query} onChange={(query) => onChange({ query })} />
      <SearchableMultiSelect
        label={t('filters.types')}
        placeholder={filters.types.length ? undefined : t('filters.allTypes')}
        data={types}
        value={[...filters.types]}
        onChange={(value) => onChange({ types: value })}
        clearable
        w={280}
      />
      <SearchableSelect
        label={t('filters.country')}
        placeholder={t('filters.allCountries')}
        data={countries}
        value={filters.country}
        onChange={(value) => onChange({ country: value })}
        clearable
        w={200}
      />
      <SearchableSelect
        label={t('filters.sector')}
        placeholder={t('filters.allSectors')}
        data={sectors}
        value={filters.sector}
        onChange={(value) => onChange({ sector: value })}
        clearable
        w={220}
      />
      {hasActiveFilters(filters) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClear}
        >
          {t('filters.clear')}
        </Button>
      )}
      <Text size="sm" c="dimmed" role="status" ms="auto" data-testid="stakeholders-shown">
        {t('filters.shown', { shown: count(shown), total: count(all.length) })}
      </Text>
    </Group>
  );
}
