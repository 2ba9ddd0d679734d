// Search and filters above the directory; "/" brings the focus back to the search box.
import { Group, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceFilters } from './filterServices';
import { usePresetLabels } from './usePresetLabels';
import { SearchableSelect } from '../../ui/SearchableSelect';

interface Props {
  filters: ServiceFilters;
  onChange: (filters: ServiceFilters) => void;
  /** The agencies that services name, as filter choices. */
  agencies: readonly { key: string; name: string }[];
}

export function ServiceFilterBar({ filters, onChange, agencies }: Props) {
  const { t } = useTranslation('services');
  const { categories, category } = usePresetLabels();
  const search = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => search.current?.focus()]]);
  const categoryData = useMemo(
    () => categories.map((id) => ({ value: id, label: category(id) })),
    [categories, category],
  );
  const agencyData = useMemo(
    () => agencies.map(({ key, name }) => ({ value: key, label: name })),
    [agencies],
  );

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        ref={search}
        type="search"
        label={t('list.search')}
        description={t('list.searchHint')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.query}
        onChange={(event) => onChange({ ...filters, query: event.currentTarget.value })}
        miw={260}
        style={{ flex: 1 }}
        data-autofocus
      />
      <SearchableSelect
        label={t('list.category')}
        placeholder={t('list.anyCategory')}
        data={categoryData}
        value={filters.category}
        onChange={(value) => onChange({ ...filters, category: value })}
        clearable
        w={280}
      />
      <SearchableSelect
        label={t('list.agency')}
        placeholder={t('list.anyAgency')}
        data={agencyData}
        value={filters.agencyKey}
        onChange={(value) => onChange({ ...filters, agencyKey: value })}
        clearable
        w={280}
      />
    </Group>
  );
}
