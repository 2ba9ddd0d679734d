// The period (this month … custom, with two typed date fields) and the staff member of the
// report.
import { Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS } from '../../../domain/reports/periods';
import { DateField } from '../../ui/DateField';
import { isLocalDay } from '../../ui/dateText';
import { useStaffList } from '../settings';
import type { ReportQuery } from './useReportQuery';

interface Props {
  query: ReportQuery;
  onChange: (change: Partial<ReportQuery>) => void;
}

export function ReportControls({ query, onChange }: Props) {
  const { t } = useTranslation('reports');
  const staff = useStaffList();
  const { period } = query;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label={t('period.label')}>
      <SegmentedControl
        aria-label={t('period.label')}
        value={query.kind}
        onChange={(kind) => onChange({ kind: kind })}
        data={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`period.${kind}`) }))}
      />
      {query.kind === 'custom' && (
        <>
          <DateField
            size="xs"
            w={150}
            label={t('period.from')}
            value={period.from}
            // Until it is a whole date, what is typed does not change the period.
            onChange={(day) => isLocalDay(day) && onChange({ period: { ...period, from: day } })}
          />
          <DateField
            size="xs"
            w={150}
            label={t('period.to')}
            value={period.to}
            // Until it is a whole date, what is typed does not change the period.
            onChange={(day) => isLocalDay(day) && onChange({ period: { ...period, to: day } })}
          />
        </>
      )}
      <Select
        size="xs"
        w={200}
        label={t('staff.label')}
        data={[
          { value: '', label: t('staff.all') },
          ...staff.map((s) => ({ value: s.id, label: s.name })),
        ]}
        value={query.staff ?? ''}
        onChange={(value) => onChange({ staff: value || null })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
