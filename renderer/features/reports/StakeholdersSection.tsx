// The stakeholders mapped by the end of the period, by type and by country.
import { Stack, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderType } from '../../../domain/stakeholders/taxonomy';
import { countryName } from '../../ui/format';
import { BarsWithTable, useStableRows, type BarRow } from './BarsWithTable';
import type { StakeholderFigures } from './reportRepository';

const rowsOf = (counts: Map<string, number>, label: (id: string) => string): BarRow[] =>
  [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([id, count]) => ({ id, label: label(id), count }));

interface Props {
  figures: StakeholderFigures;
  full?: boolean;
}

export const StakeholdersSection = memo(function StakeholdersSection({ figures, full }: Props) {
  const { t, i18n } = useTranslation('reports');
  const { t: ts } = useTranslation('stakeholders');
  const lng = i18n.language;
  const byType = useStableRows(
    useMemo(
      () => rowsOf(figures.byType, (id) => ts(`types.${id as StakeholderType}`)),
      [figures, ts],
    ),
  );
  const byCountry = useStableRows(
    useMemo(() => rowsOf(figures.byCountry, (id) => countryName(lng, id)), [figures, lng]),
  );
  return (
    <section aria-labelledby="report-stakeholders-title" data-testid="report-stakeholders">
      <Title order={2} size="h4" id="report-stakeholders-title">
        {t('stakeholders.title')}
      </Title>
      <Text mb="xs">{t('stakeholders.total', { count: figures.total })}</Text>
      <Stack gap="lg">
        <BarsWithTable
          title={t('stakeholders.byType')}
          rows={byType}
          countLabel={t('stakeholders.count')}
          testId="report-stakeholder-types"
          full={full}
        />
        <BarsWithTable
          title={t('stakeholders.byCountry')}
          rows={byCountry}
          countLabel={t('stakeholders.count')}
          testId="report-stakeholder-countries"
          full={full}
        />
      </Stack>
    </section>
  );
});
