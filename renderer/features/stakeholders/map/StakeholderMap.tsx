// The Map view: the world map and, beside it, the chosen country's stakeholders. Choosing a
// country sets the shared country filter, so the directory and the network follow.
import { Button, Grid, Group, Text } from '@mantine/core';
import { IconPhoto, IconVectorBezier2 } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { countByCountry } from '../../../../domain/stakeholders/filters';
import { CountryPanel } from './CountryPanel';
import { ExportStatus } from '../ExportStatus';
import type { StoredStakeholder } from '../stakeholderRepository';
import { useMapExport } from './useMapExport';
import { isOnMap } from './worldCountries';
import { WorldMapSvg } from './WorldMapSvg';

interface Props {
  stakeholders: StoredStakeholder[];
  selected: string | null;
  onSelect: (country: string | null) => void;
}

export function StakeholderMap({ stakeholders, selected, onSelect }: Props) {
  const { t } = useTranslation('stakeholders');
  const svgRef = useRef<SVGSVGElement>(null);
  const counts = useMemo(() => countByCountry(stakeholders), [stakeholders]);
  const ids = useMemo(() => stakeholders.map((s) => s.id), [stakeholders]);
  const { exportMap, status } = useMapExport(svgRef, ids);
  const offMap = stakeholders.filter((s) => !s.country || !isOnMap(s.country)).length;
  const toggle = (country: string | null) => onSelect(country === selected ? null : country);

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Group justify="flex-end" gap="sm" mb="xs">
          <ExportStatus status={status} />
          <Button
            variant="default"
            size="xs"
            leftSection={<IconVectorBezier2 size={16} aria-hidden />}
            onClick={() => void exportMap('svg')}
          >
            {t('map.exportSvg')}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPhoto size={16} aria-hidden />}
            onClick={() => void exportMap('png')}
          >
            {t('map.exportPng')}
          </Button>
        </Group>
        <WorldMapSvg counts={counts} selected={selected} onSelect={toggle} svgRef={svgRef} />
        {offMap > 0 && (
          <Text size="sm" c="dimmed" mt={4}>
            {t('map.withoutCountry', { count: offMap })}
          </Text>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <CountryPanel
          stakeholders={stakeholders}
          counts={counts}
          selected={selected}
          onSelect={onSelect}
        />
      </Grid.Col>
    </Grid>
  );
}
