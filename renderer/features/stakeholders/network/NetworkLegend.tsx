// What the shapes, colours and lines of the network mean: only the types and kinds of link that
// are drawn, each named in words.
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LinkType, StakeholderType } from '../../../../domain/stakeholders/taxonomy';
import { EDGE_COLOUR, LINK_STYLES } from './networkStyle';
import { ShapeGlyph } from './ShapeGlyph';
import { TYPE_STYLES, typeHex } from '../typeStyles';
import '../stakeholders.css';

const DASH = { solid: undefined, dashed: '5 3', dotted: '1.5 3' } as const;

function LineGlyph({ type }: { type: LinkType }) {
  const style = LINK_STYLES[type];
  return (
    <svg width={28} height={12} viewBox="0 0 28 12" aria-hidden className="mirror-in-rtl">
      <line
        x1={1}
        y1={6}
        x2={style.arrow ? 20 : 27}
        y2={6}
        stroke={EDGE_COLOUR}
        strokeWidth={style.width}
        strokeDasharray={DASH[style.line]}
      />
      {style.arrow && <polygon points="19,1 27,6 19,11" fill={EDGE_COLOUR} />}
    </svg>
  );
}

interface Props {
  types: readonly StakeholderType[];
  linkTypes: readonly LinkType[];
}

export function NetworkLegend({ types, linkTypes }: Props) {
  const { t } = useTranslation('stakeholders');
  return (
    <Stack gap="xs" data-testid="network-legend">
      <Text fw={700} size="sm" id="legend-types">
        {t('network.legendTypes')}
      </Text>
      <Stack
        gap={4}
        component="ul"
        aria-labelledby="legend-types"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {types.map((type) => (
          <Group component="li" key={type} gap={6} wrap="nowrap">
            <ShapeGlyph shape={TYPE_STYLES[type].shape} color={typeHex(type)} />
            <Text size="sm">{t(`types.${type}`)}</Text>
          </Group>
        ))}
      </Stack>
      {linkTypes.length > 0 && (
        <>
          <Text fw={700} size="sm" id="legend-links" mt="xs">
            {t('network.legendLinks')}
          </Text>
          <Stack
            gap={4}
            component="ul"
            aria-labelledby="legend-links"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {linkTypes.map((type) => (
              <Group component="li" key={type} gap={6} wrap="nowrap">
                <LineGlyph type={type} />
                <Text size="sm">{t(`linkTypes.outgoing.${type}`)}</Text>
              </Group>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
