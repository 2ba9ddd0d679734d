// Referrals by partner: how many were sent in the period, the share answered and the median
// time to the answer. The first partners, "and N more", and "Show all" for the whole table.
import { Button, Table, Text, Title } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerReferrals } from '../../../domain/reports/reportFigures';
import { formatNumber } from '../../ui/format';
import { ROW_LIMIT } from './BarsWithTable';
import { usePartnerLabel } from './usePartnerLabel';
import { sameItems, useStable } from './useStable';

export const samePartner = (a: PartnerReferrals, b: PartnerReferrals) =>
  a.partnerId === b.partnerId &&
  a.sent === b.sent &&
  a.answered === b.answered &&
  a.medianHours === b.medianHours;

/** The partners' figures, kept as the same array while they are the same. */
export function useStableReferrals(referrals: readonly PartnerReferrals[]) {
  return useStable(referrals, (a, b) => sameItems(a, b, samePartner));
}

interface Props {
  referrals: readonly PartnerReferrals[];
  total: PartnerReferrals;
  full?: boolean;
}

export const ReferralsTable = memo(function ReferralsTable({ referrals, total, full }: Props) {
  const { t, i18n } = useTranslation('reports');
  const partner = usePartnerLabel();
  const [showAll, setShowAll] = useState(false);
  const lng = i18n.language;
  const listed = full || showAll ? referrals : referrals.slice(0, ROW_LIMIT);
  const hidden = referrals.length - listed.length;
  const row = (p: PartnerReferrals, name: string, isTotal = false) => (
    <Table.Tr key={p.partnerId} fw={isTotal ? 700 : undefined}>
      <Table.Td>{name}</Table.Td>
      <Table.Td ta="end">{formatNumber(lng, p.sent)}</Table.Td>
      <Table.Td ta="end">
        {formatNumber(lng, p.sent ? p.answered / p.sent : 0, { style: 'percent' })}
      </Table.Td>
      <Table.Td ta="end">
        {p.medianHours === null
          ? t('referrals.noAnswer')
          : t('referrals.days', { count: Math.round((p.medianHours / 24) * 10) / 10 })}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <section aria-labelledby="report-referrals-title" data-testid="report-referrals">
      <Title order={2} size="h4" id="report-referrals-title" mb="xs">
        {t('referrals.title')}
      </Title>
      {referrals.length === 0 ? (
        <Text c="dimmed">{t('referrals.none')}</Text>
      ) : (
        <>
          <Table withTableBorder striped verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referrals.partner')}</Table.Th>
                <Table.Th ta="end">{t('referrals.sent')}</Table.Th>
                <Table.Th ta="end">{t('referrals.answered')}</Table.Th>
                <Table.Th ta="end">{t('referrals.median')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {listed.map((p) => row(p, partner(p.partnerId)))}
              {hidden > 0 && (
                <Table.Tr data-more={hidden}>
                  <Table.Td colSpan={4}>{t('more', { count: hidden })}</Table.Td>
                </Table.Tr>
              )}
              {row(total, t('referrals.total'), true)}
            </Table.Tbody>
          </Table>
          {!full && referrals.length > ROW_LIMIT && (
            <Button size="compact-sm" variant="subtle" mt={4} onClick={() => setShowAll(!showAll)}>
              {showAll ? t('showFewer') : t('showAll')}
            </Button>
          )}
        </>
      )}
    </section>
  );
});
