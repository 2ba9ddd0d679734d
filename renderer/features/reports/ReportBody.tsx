// Every figure of a report, in the order a monthly report reads: the cases and their
// breakdowns, referrals, follow-ups, seminars and stakeholders. The page and the print view
// both show it. Each section is memoised and gets rows that keep their identity while their
// content is the same, so a period change redraws only what changed.
import { Divider, SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreset } from '../settings';
import { BarsWithTable, useStableRows } from './BarsWithTable';
import { CountrySection } from './CountrySection';
import { FigureList, useStableFigures } from './FigureList';
import { ReferralsTable, samePartner, useStableReferrals } from './ReferralsTable';
import { StakeholdersSection } from './StakeholdersSection';
import { useBreakdowns } from './useBreakdowns';
import { useStable } from './useStable';
import type { Report } from './useReport';

const sameCounts = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([key, n]) => b.get(key) === n);
/** The stakeholders of most periods are the same: their section is then not drawn again. */
const sameStakeholders = (a: Report['stakeholders'], b: Report['stakeholders']) =>
  a.total === b.total && sameCounts(a.byType, b.byType) && sameCounts(a.byCountry, b.byCountry);

const FOLLOW_UPS = ['onTime', 'late', 'overdue', 'pending'] as const;
const SEMINARS = ['held', 'registered', 'attended', 'certificates'] as const;

interface Props {
  report: Report;
  /** The printed report: every row of every table. */
  full?: boolean;
}

export const ReportBody = memo(function ReportBody({ report, full }: Props) {
  const { t } = useTranslation('reports');
  const preset = usePreset();
  const { cases, seminars, period, staff } = report;
  const rows = useBreakdowns(cases, period, staff);
  const categories = useStableRows(rows.categories);
  const countries = useStableRows(rows.countries);
  const roles = useStableRows(rows.roles);
  const sexes = useStableRows(rows.sexes);
  const ages = useStableRows(rows.ages);
  const referrals = useStableReferrals(cases.referrals);
  const referralTotal = useStable(cases.referralTotal, samePartner);
  const stakeholders = useStable(report.stakeholders, sameStakeholders);
  const caseFigures = useStableFigures(
    useMemo(
      () => [
        { label: t('cases.opened'), value: cases.opened },
        { label: t('cases.closed'), value: cases.closed },
      ],
      [t, cases.opened, cases.closed],
    ),
  );
  const followUps = useStableFigures(
    useMemo(
      () =>
        FOLLOW_UPS.map((key) => ({ label: t(`followUps.${key}`), value: cases.followUps[key] })),
      [t, cases.followUps],
    ),
  );
  const seminarFigures = useStableFigures(
    useMemo(
      () => SEMINARS.map((key) => ({ label: t(`seminars.${key}`), value: seminars[key] })),
      [t, seminars],
    ),
  );
  const byCountry = preset.detailsRecord === 'migrantDetails' ? t('byOrigin') : t('byCountry');
  return (
    <Stack gap="lg" data-report={`${period.from}..${period.to}|${staff ?? ''}`}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <FigureList title={t('cases.title')} testId="report-cases" figures={caseFigures} />
        <FigureList title={t('followUps.title')} testId="report-follow-ups" figures={followUps} />
        <FigureList title={t('seminars.title')} testId="report-seminars" figures={seminarFigures} />
      </SimpleGrid>
      <BarsWithTable
        title={t('byCategory')}
        rows={categories}
        total={cases.opened}
        testId="report-categories"
        full={full}
      />
      <CountrySection title={byCountry} rows={countries} full={full} />
      <BarsWithTable title={t('byRole')} rows={roles} testId="report-roles" full={full} />
      <BarsWithTable title={t('bySex')} rows={sexes} testId="report-sexes" full={full} />
      <BarsWithTable title={t('byAge')} rows={ages} testId="report-ages" full={full} />
      <ReferralsTable referrals={referrals} total={referralTotal} full={full} />
      <Divider />
      <StakeholdersSection figures={stakeholders} full={full} />
      <Text size="sm" c="dimmed">
        {t('deskWide')}
      </Text>
    </Stack>
  );
});
