// Search and narrow the commitments: words, country, theme and GCM objective. "/" jumps to the
// search box.
import { Button, Group, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { collatorOf, countryName } from '../../ui/format';
import { SearchableSelect } from '../../ui/SearchableSelect';
import type { CommitmentFilters } from './catalogueViews';

export const NO_COMMITMENT_FILTERS: CommitmentFilters = {
  q: '',
  country: null,
  theme: null,
  gcm: null,
};

interface Props {
  filters: CommitmentFilters;
  onChange: (next: CommitmentFilters) => void;
  choices: { countries: string[]; themes: string[]; gcm: number[] };
}

export function CommitmentFilterBar({ filters, onChange, choices }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const lng = i18n.language;
  const search = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => search.current?.focus()]]);
  const countries = useMemo(() => {
    const collator = collatorOf(lng);
    return choices.countries
      .map((code) => ({ value: code, label: countryName(lng, code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [choices.countries, lng]);
  const set = (changes: Partial<CommitmentFilters>) => onChange({ ...filters, ...changes });
  const filtered =
    filters.q !== '' || filters.country !== null || filters.theme !== null || filters.gcm !== null;

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        ref={search}
        type="search"
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.q}
        onChange={(event) => set({ q: event.currentTarget.value })}
        w={280}
      />
      <SearchableSelect
        label={t('filters.country')}
        placeholder={t('filters.any')}
        data={countries}
        value={filters.country}
        onChange={(country) => set({ country })}
        clearable
        w={200}
      />
      <SearchableSelect
        label={t('filters.theme')}
        placeholder={t('filters.any')}
        data={choices.themes}
        value={filters.theme}
        onChange={(theme) => set({ theme })}
        clearable
        w={220}
      />
      <SearchableSelect
        label={t('filters.gcm')}
        placeholder={t('filters.any')}
        data={choices.gcm.map((n) => ({
          value: String(n),
          label: t('commitments.gcmObjective', { n }),
        }))}
        value={filters.gcm === null ? null : String(filters.gcm)}
        onChange={(value) => set({ gcm: value === null ? null : Number(value) })}
        clearable
        w={200}
      />
      {filtered && (
        <Button variant="default" onClick={() => onChange(NO_COMMITMENT_FILTERS)}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
