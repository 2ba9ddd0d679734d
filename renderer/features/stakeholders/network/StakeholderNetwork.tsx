// The Network view: who works with whom. Tap a node to open it; the picker opens one by name
// for a keyboard user (the canvas cannot take focus).
import { Box, Button, Center, Grid, Group, Stack, Text } from '@mantine/core';
import { IconArrowsMaximize } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LINK_TYPES, STAKEHOLDER_TYPES } from '../../../../domain/stakeholders/taxonomy';
import { formatNumber } from '../../../ui/format';
import { NetworkLegend } from './NetworkLegend';
import type { StoredStakeholder } from '../stakeholderRepository';
import { useNetworkGraph } from './useNetworkGraph';
import type { StoredLink } from '../useStakeholders';
import { SearchableSelect } from '../../../ui/SearchableSelect';

interface Props {
  stakeholders: StoredStakeholder[];
  links: StoredLink[];
}

export function StakeholderNetwork({ stakeholders, links }: Props) {
  const { t, i18n } = useTranslation('stakeholders');
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const open = (id: string) => void navigate(`/stakeholders/${id}`);
  const { drawn, fit } = useNetworkGraph(container, stakeholders, links, open);
  // The legend lists what is drawn, in the taxonomy's order.
  const types = useMemo(() => {
    const present = new Set<string>(stakeholders.map((s) => s.type));
    return STAKEHOLDER_TYPES.filter((type) => present.has(type));
  }, [stakeholders]);
  const linkTypes = useMemo(() => {
    const ids = new Set(stakeholders.map((s) => s.id));
    const drawnLinks = links.filter((l) => ids.has(l.fromId) && ids.has(l.toId));
    const present = new Set<string>(drawnLinks.map((l) => l.type));
    return LINK_TYPES.filter((type) => present.has(type));
  }, [stakeholders, links]);
  const n = (value: number) => formatNumber(i18n.language, value);
  const summary = t('network.label', { nodes: n(drawn?.nodes ?? 0), edges: n(drawn?.edges ?? 0) });

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Group justify="space-between" gap="sm" mb="xs" wrap="wrap">
          <SearchableSelect
            label={t('network.open')}
            placeholder={t('network.openPlaceholder')}
            data={stakeholders.map((s) => ({ value: s.id, label: s.name }))}
            value={null}
            onChange={(id) => id && open(id)}
            w={320}
            size="xs"
          />
          <Button
            variant="default"
            size="xs"
            leftSection={<IconArrowsMaximize size={16} aria-hidden />}
            onClick={fit}
          >
            {t('network.fit')}
          </Button>
        </Group>
        <Box
          pos="relative"
          h={560}
          bd="1px solid var(--mantine-color-gray-3)"
          bg="white"
          style={{ borderRadius: 4 }}
        >
          {/* Cytoscape owns this element's content; React puts nothing inside it. */}
          <Box
            ref={container}
            pos="absolute"
            inset={0}
            role="img"
            aria-label={summary}
            data-testid="stakeholder-network"
            data-nodes={drawn?.nodes}
            data-edges={drawn?.edges}
            data-layout-ms={drawn?.layoutMs}
          />
          {!drawn && (
            <Center pos="absolute" inset={0} style={{ pointerEvents: 'none' }}>
              <Text size="sm" c="dimmed">
                {t('network.loading')}
              </Text>
            </Center>
          )}
        </Box>
        <Text size="sm" c="dimmed" mt={4}>
          {linkTypes.length === 0 ? t('network.noLinks') : t('network.hint')}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Stack gap="xs">
          <Text size="sm" role="status">
            {summary}
          </Text>
          <NetworkLegend types={types} linkTypes={linkTypes} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
