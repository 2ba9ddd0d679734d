// The audit viewer's filters: the person concerned, the staff member, the action and the period.
// Each narrows the list at once; "Clear filters" undoes them all.
import { Button, Group } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countAuditFilters,
  NO_AUDIT_FILTER,
  type AuditFilter,
} from '../../../../domain/audit/auditFilter';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../domain/records/internal';
import { DateField } from '../../../ui/DateField';
import { isLocalDay } from '../../../ui/dateText';
import { SearchableSelect } from '../../../ui/SearchableSelect';
import { AuditPersonFilter } from './AuditPersonFilter';

interface Props {
  filter: AuditFilter;
  staff: ReadonlyMap<string, string>;
  onChange: (filter: AuditFilter) => void;
}

export function AuditFilterBar({ filter, staff, onChange }: Props) {
  const { t } = useTranslation('audit');
  const set = (change: Partial<AuditFilter>) => onChange({ ...filter, ...change });
  const staffData = useMemo(() => [...staff].map(([value, label]) => ({ value, label })), [staff]);
  const actionData = AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }));
  const common = { size: 'xs', clearable: true, comboboxProps: { withinPortal: true } } as const;
  return (
    <Group
      gap="xs"
      align="flex-end"
      wrap="wrap"
      role="group"
      aria-label={t('viewer.filters.label')}
    >
      <AuditPersonFilter value={filter.personId} onChange={(personId) => set({ personId })} />
      <SearchableSelect
        {...common}
        w={190}
        label={t('viewer.filters.staff')}
        placeholder={t('viewer.filters.any')}
        data={staffData}
        value={filter.staff}
        onChange={(id) => set({ staff: id || null })}
        data-testid="audit-filter-staff"
      />
      <SearchableSelect
        {...common}
        w={190}
        label={t('viewer.filters.action')}
        placeholder={t('viewer.filters.any')}
        data={actionData}
        value={filter.action}
        onChange={(action) => set({ action: (action as AuditAction | null) || null })}
        data-testid="audit-filter-action"
      />
      <DateField
        size="xs"
        w={150}
        label={t('viewer.filters.from')}
        value={filter.from}
        // Until it is a whole date, what is typed does not filter.
        onChange={(text) => set({ from: isLocalDay(text) ? text : '' })}
        data-testid="audit-filter-from"
      />
      <DateField
        size="xs"
        w={150}
        label={t('viewer.filters.to')}
        value={filter.to}
        // Until it is a whole date, what is typed does not filter.
        onChange={(text) => set({ to: isLocalDay(text) ? text : '' })}
        data-testid="audit-filter-to"
      />
      {countAuditFilters(filter) > 0 && (
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconFilterOff size={14} aria-hidden />}
          onClick={() => onChange(NO_AUDIT_FILTER)}
        >
          {t('viewer.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
