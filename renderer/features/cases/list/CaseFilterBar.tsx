// Filter chips above the case list: status, category, urgency, country, staff member assigned,
// client role, sex and age group of the person concerned, opening dates and overdue follow-ups. Each choice narrows the list at once; "Clear filters"
// undoes them all.
import { Button, Chip, Group } from '@mantine/core';
import { IconAlarm, IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { seesClientRoles, shownCategories } from '../../../../domain/cases/caseAccess';
import { AGE_GROUPS, type AgeGroup } from '../../../../domain/reports/contributions';
import { sexSchema } from '../../../../domain/records/people';
import { countryName } from '../../../ui/format';
import { DateField } from '../../../ui/DateField';
import { isLocalDay } from '../../../ui/dateText';
import { SearchableMultiSelect } from '../../../ui/SearchableSelect';
import { useRole } from '../../accounts';
import { usePreset, usePresetLabel, useStaffList } from '../../settings';
import { countActiveFilters, NO_FILTERS, URGENCIES, type CaseFilters } from './caseFilters';

interface Props {
  filters: CaseFilters;
  countries: readonly string[];
  onChange: (filters: CaseFilters) => void;
}

export function CaseFilterBar({ filters, countries, onChange }: Props) {
  const { t, i18n } = useTranslation('caseList');
  const { t: tp } = useTranslation('people');
  const { t: tr } = useTranslation('reports');
  const preset = usePreset();
  const label = usePresetLabel();
  const set = (change: Partial<CaseFilters>) => onChange({ ...filters, ...change });
  const statusData = preset.statuses.map((s) => ({ value: s.id, label: label('statuses', s.id) }));
  const role = useRole();
  // A clerk's list holds no health, legal or abuse category, so it offers none to filter by; nor,
  // on a desk where a client role says a legal status, any client role.
  const categoryData = shownCategories(role, preset.categories).map((id) => ({
    value: id,
    label: label('categories', id),
  }));
  const countryData = useMemo(
    () =>
      countries
        .map((code) => ({ value: code, label: countryName(i18n.language, code) }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [countries, i18n.language],
  );
  const roleData = preset.clientRoles.map((id) => ({
    value: id,
    label: label('clientRoles', id),
  }));
  const sexData = sexSchema.options.map((id) => ({ value: id, label: tp(`sex.${id}`) }));
  const ageData = [...AGE_GROUPS, 'unknown' as const].map((id) => ({
    value: id,
    label: tr(`age.${id}`),
  }));
  const staff = useStaffList();
  const staffData = useMemo(() => staff.map((s) => ({ value: s.id, label: s.name })), [staff]);
  const countryLabel =
    preset.detailsRecord === 'migrantDetails' ? t('filters.origin') : t('filters.destination');
  const common = {
    size: 'xs',
    clearable: true,
    w: 200,
    comboboxProps: { withinPortal: true },
  } as const;

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" role="group" aria-label={t('filters.label')}>
      <SearchableMultiSelect
        {...common}
        label={t('filters.status')}
        placeholder={t('filters.any')}
        data={statusData}
        value={filters.statuses}
        onChange={(statuses) => set({ statuses })}
      />
      <SearchableMultiSelect
        {...common}
        label={t('filters.category')}
        placeholder={t('filters.any')}
        data={categoryData}
        value={filters.categories}
        onChange={(categories) => set({ categories })}
      />
      <SearchableMultiSelect
        {...common}
        w={170}
        label={countryLabel}
        placeholder={t('filters.any')}
        data={countryData}
        value={filters.countries}
        onChange={(countries) => set({ countries })}
      />
      <SearchableMultiSelect
        {...common}
        w={170}
        label={t('filters.assignee')}
        placeholder={t('filters.any')}
        data={staffData}
        value={filters.assignees}
        onChange={(assignees) => set({ assignees })}
      />
      {seesClientRoles(role, preset.clientRoles) && (
        <SearchableMultiSelect
          {...common}
          w={170}
          label={t('filters.role')}
          placeholder={t('filters.any')}
          data={roleData}
          value={filters.roles}
          onChange={(roles) => set({ roles })}
        />
      )}
      <SearchableMultiSelect
        {...common}
        w={150}
        label={t('filters.sex')}
        placeholder={t('filters.any')}
        data={sexData}
        value={filters.sexes}
        onChange={(sexes) => set({ sexes })}
      />
      <SearchableMultiSelect
        {...common}
        w={150}
        label={t('filters.age')}
        placeholder={t('filters.any')}
        data={ageData}
        value={filters.ages}
        onChange={(ages) => set({ ages: ages as AgeGroup[] })}
      />
      <DateField
        size="xs"
        w={150}
        label={t('filters.openedFrom')}
        value={filters.openedFrom}
        // Until it is a whole date, what is typed does not filter.
        onChange={(day) => set({ openedFrom: isLocalDay(day) ? day : '' })}
      />
      <DateField
        size="xs"
        w={150}
        label={t('filters.openedTo')}
        value={filters.openedTo}
        // Until it is a whole date, what is typed does not filter.
        onChange={(day) => set({ openedTo: isLocalDay(day) ? day : '' })}
      />
      <Chip.Group
        multiple
        value={filters.urgencies}
        onChange={(values) => set({ urgencies: values })}
      >
        <Group gap={4} role="group" aria-label={t('filters.urgency')}>
          {URGENCIES.map((u) => (
            <Chip key={u} value={u} size="xs">
              {t(`urgency.${u}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Chip
        size="xs"
        color="red"
        checked={filters.overdueOnly}
        onChange={(overdueOnly) => set({ overdueOnly })}
        icon={<IconAlarm size={12} aria-hidden />}
      >
        {t('filters.overdue')}
      </Chip>
      {countActiveFilters(filters) > 0 && (
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconFilterOff size={14} aria-hidden />}
          onClick={() => onChange(NO_FILTERS)}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
