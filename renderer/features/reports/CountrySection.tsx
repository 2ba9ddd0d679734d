// Cases by country: the world map shaded by them (a country is a link to its cases) and the
// bars with their table. Drawn again only when the countries' rows change.
import { Stack } from '@mantine/core';
import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { WorldMapSvg } from '../stakeholders';
import { BarsWithTable, type BarRow } from './BarsWithTable';
import { caseMapScale } from './caseMapScale';

interface Props {
  title: string;
  rows: readonly BarRow[];
  full?: boolean;
}

export const CountrySection = memo(function CountrySection({ title, rows, full }: Props) {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  const counts = useMemo(() => new Map(rows.map((r) => [r.id, r.count])), [rows]);
  const scale = useMemo(() => caseMapScale(Math.max(0, ...rows.map((r) => r.count))), [rows]);
  const open = useCallback(
    (code: string) => {
      const href = rows.find((r) => r.id === code)?.href;
      if (href) void navigate(href);
    },
    [rows, navigate],
  );
  const countryLabel = useCallback(
    (country: string, count: number) => t('mapCountry', { country, count }),
    [t],
  );
  return (
    <Stack gap="xs">
      <BarsWithTable title={title} rows={rows} testId="report-countries" full={full} />
      {rows.length > 0 && (
        <WorldMapSvg
          counts={counts}
          selected={null}
          onSelect={open}
          scale={scale}
          label={t('mapLabel')}
          legendTitle={t('mapLegend')}
          countryLabel={countryLabel}
        />
      )}
    </Stack>
  );
});
