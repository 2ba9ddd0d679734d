// The columns of the case list: what an officer scans for in a queue of cases.
import { Badge, Text } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatDate, formatList } from '../../../ui/format';
import type { VirtualColumn } from '../../../ui/VirtualTable';
import classes from '../../../ui/VirtualTable.module.css';
import { usePreset, usePresetLabel } from '../../settings';
import { StatusBadge, UrgencyBadge } from '../page/CaseBadges';
import type { CaseSummary } from './caseSummary';

/** A person's name in a cell: cut to the column, whole on hover. */
// A Latin name in an Arabic row is cut at its own end, never its given name.
function NameCell({ name }: { name: string }) {
  return (
    <span title={name} dir="auto" className={classes.cellText}>
      {name}
    </span>
  );
}

// Widths fit 1366×768 in every language with the navigation open: each column holds its longest
// badge or date; names, categories and long statuses are cut to the column, whole on hover.
export function useCaseColumns(
  overdueIds: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): VirtualColumn<CaseSummary>[] {
  const { t, i18n } = useTranslation('caseList');
  const label = usePresetLabel();
  const preset = usePreset();
  const lng = i18n.language;
  const migrants = preset.detailsRecord === 'migrantDetails';
  const countryHeader = migrants ? t('columns.origin') : t('columns.destination');
  const concernedHeader = migrants ? t('columns.concerned') : t('columns.ofw');
  return useMemo(
    () => [
      {
        id: 'reference',
        header: t('columns.reference'),
        width: '9rem',
        sortable: true,
        cell: (c) => (
          <Text size="sm" fw={600} span dir="ltr">
            {c.reference}
          </Text>
        ),
      },
      {
        id: 'client',
        header: t('columns.client'),
        width: '8.25rem',
        cell: (c) => <NameCell name={names.get(c.clientId) ?? ''} />,
      },
      {
        // The person the case is about: the OFW a relative asks for, or the client themself.
        id: 'concerned',
        header: concernedHeader,
        width: '8.25rem',
        cell: (c) => <NameCell name={names.get(c.ofwId ?? c.clientId) ?? ''} />,
      },
      {
        id: 'categories',
        header: t('columns.categories'),
        width: 'auto',
        cell: (c) => {
          const names = formatList(
            lng,
            c.categories.map((id) => label('categories', id)),
          );
          return <span title={names}>{names}</span>;
        },
      },
      {
        id: 'status',
        header: t('columns.status'),
        width: '8.5rem',
        sortable: true,
        // Long status names are cut to the column; the full name shows on hover.
        cell: (c) => (
          <span title={label('statuses', c.status)}>
            <StatusBadge status={c.status} />
          </span>
        ),
      },
      {
        id: 'urgency',
        header: t('columns.urgency'),
        // Wide enough for the longest urgency badge ("KARANIWAN" in Filipino) uncut.
        width: '7.5rem',
        sortable: true,
        cell: (c) => <UrgencyBadge urgency={c.urgency} />,
      },
      {
        id: 'openedAt',
        header: t('columns.opened'),
        // "Nob 12, 2026" in Filipino.
        width: '7rem',
        sortable: true,
        cell: (c) => formatDate(lng, new Date(c.openedAt)),
      },
      {
        id: 'country',
        header: countryHeader,
        width: '7rem',
        cell: (c) => {
          const name = c.country ? countryName(lng, c.country) : '';
          return <span title={name}>{name}</span>;
        },
      },
      {
        id: 'followUp',
        header: t('columns.followUp'),
        width: '8.5rem',
        cell: (c) =>
          overdueIds.has(c.id) ? (
            <Badge
              color="red"
              variant="light"
              data-overdue
              leftSection={<IconAlarm size={12} aria-hidden />}
            >
              {t('overdue')}
            </Badge>
          ) : null,
      },
    ],
    [t, lng, label, countryHeader, concernedHeader, overdueIds, names],
  );
}
