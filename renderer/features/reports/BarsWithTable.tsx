// A breakdown shown twice: bars to look at, each a link to the matching case list when there is
// one, and beside them the table with the same numbers (the accessible source of truth). A long
// breakdown (dozens of countries) shows its first rows and "and N more"; "Show all" opens the
// whole table. A section is drawn again only when its own rows change.
import { Button, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../ui/format';
import { sameItems, useStable } from './useStable';

export interface BarRow {
  id: string;
  label: string;
  count: number;
  /** Where a click on the bar goes (the case list, filtered), if anywhere. */
  href?: string | undefined;
}

/** How many rows a breakdown shows before "and N more". */
export const ROW_LIMIT = 10;

interface Props {
  title: string;
  rows: readonly BarRow[];
  testId: string;
  /** The column heading of the numbers. */
  countLabel?: string;
  /** What the shares are of, when not the sum of the rows (a case has several categories). */
  total?: number;
  /** Every row in the table at once (the printed report). */
  full?: boolean;
}

const sameRow = (a: BarRow, b: BarRow) =>
  a.id === b.id && a.label === b.label && a.count === b.count && a.href === b.href;

/** The rows, kept as the same array while their content is the same. */
export function useStableRows(rows: readonly BarRow[]) {
  return useStable(rows, (a, b) => sameItems(a, b, sameRow));
}

const Bar = memo(function Bar({ row, max }: { row: BarRow; max: number }) {
  const { t, i18n } = useTranslation('reports');
  const width = `${Math.max(2, (row.count / max) * 100)}%`;
  const body = (
    <div className="report-bar-line">
      <span className="report-bar-label">{row.label}</span>
      <span className="report-bar-track">
        <span className="report-bar-fill" style={{ width }} />
        <span className="report-bar-value">{formatNumber(i18n.language, row.count)}</span>
      </span>
    </div>
  );
  if (!row.href) return <div aria-hidden>{body}</div>;
  return (
    <Link
      to={row.href}
      className="report-bar"
      aria-label={t('bar', { label: row.label, count: row.count })}
      data-bar={row.id}
    >
      {body}
    </Link>
  );
});

export const BarsWithTable = memo(function BarsWithTable({
  title,
  rows,
  testId,
  countLabel,
  full = false,
  ...props
}: Props) {
  const { t, i18n } = useTranslation('reports');
  const [showAll, setShowAll] = useState(false);
  const total = props.total ?? rows.reduce((n, r) => n + r.count, 0);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const n = (value: number) => formatNumber(i18n.language, value);
  const share = (value: number) =>
    formatNumber(i18n.language, total ? value / total : 0, { style: 'percent' });
  const bars = rows.slice(0, ROW_LIMIT);
  const listed = full || showAll ? rows : bars;
  const hidden = rows.slice(listed.length);
  const rest = hidden.reduce((sum, r) => sum + r.count, 0);
  return (
    <section aria-labelledby={`${testId}-title`} data-testid={testId}>
      <Title order={2} size="h4" id={`${testId}-title`} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('noCases')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={4}>
            {bars.map((row) => (
              <Bar key={row.id} row={row} max={max} />
            ))}
          </Stack>
          <Stack gap={4} align="flex-start">
            <Table withTableBorder striped verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('column.item')}</Table.Th>
                  <Table.Th ta="end">{countLabel ?? t('column.count')}</Table.Th>
                  <Table.Th ta="end">{t('column.share')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {listed.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{row.label}</Table.Td>
                    <Table.Td ta="end">{n(row.count)}</Table.Td>
                    <Table.Td ta="end">{share(row.count)}</Table.Td>
                  </Table.Tr>
                ))}
                {hidden.length > 0 && (
                  <Table.Tr data-more={hidden.length}>
                    <Table.Td>{t('more', { count: hidden.length })}</Table.Td>
                    <Table.Td ta="end">{n(rest)}</Table.Td>
                    <Table.Td ta="end">{share(rest)}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
            {!full && rows.length > ROW_LIMIT && (
              <Button size="compact-sm" variant="subtle" onClick={() => setShowAll(!showAll)}>
                {showAll ? t('showFewer') : t('showAll')}
              </Button>
            )}
          </Stack>
        </SimpleGrid>
      )}
    </section>
  );
});
