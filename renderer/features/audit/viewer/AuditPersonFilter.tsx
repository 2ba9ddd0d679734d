// The viewer's person filter: type a name and pick the person whose records the trail is about.
// The options are the people whose name starts like what was typed (the chosen person stays among them).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchableSelect } from '../../../ui/SearchableSelect';
import { useAuditPersonSearch } from './useAuditPersonSearch';
import { usePersonName } from './usePersonName';

interface Props {
  value: string | null;
  onChange: (personId: string | null) => void;
}

export function AuditPersonFilter({ value, onChange }: Props) {
  const { t } = useTranslation('audit');
  const [query, setQuery] = useState('');
  const people = useAuditPersonSearch(query);
  const chosenName = usePersonName(value);
  const data = useMemo(() => {
    const options = [...people];
    if (value && chosenName && !options.some((o) => o.value === value)) {
      options.unshift({ value, label: chosenName });
    }
    return options;
  }, [people, value, chosenName]);
  return (
    <SearchableSelect
      size="xs"
      w={240}
      clearable
      label={t('viewer.filters.person')}
      placeholder={t('viewer.filters.personPlaceholder')}
      nothingFoundMessage={query.trim() ? t('viewer.filters.noPerson') : undefined}
      comboboxProps={{ withinPortal: true }}
      data={data}
      value={value}
      onSearchChange={setQuery}
      onChange={(id) => onChange(id || null)}
      data-testid="audit-filter-person"
    />
  );
}
