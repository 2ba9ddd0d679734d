// The world map in SVG: countries with stakeholders filled by the colour scale, with their count;
// those countries are buttons (Tab to reach, Enter to choose), in alphabetical order.
import { type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatNumber } from '../../../ui/format';
import { MapLegend } from './MapLegend';
import { BORDER, EMPTY_FILL, fillFor, OCEAN, SELECTED_STROKE } from './mapScale';
import { COUNTRY_SHAPES, MAP_HEIGHT, MAP_WIDTH, smallCountryPoint } from './worldCountries';
import './stakeholderMap.css';

interface Props {
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect: (country: string) => void;
  svgRef?: Ref<SVGSVGElement>;
}

interface Spot {
  code: string;
  count: number;
  name: string;
  d?: string;
  at: readonly [number, number];
}

function useSpots(counts: ReadonlyMap<string, number>): Spot[] {
  const { i18n } = useTranslation();
  const spots: Spot[] = [];
  for (const [code, count] of counts) {
    const shape = COUNTRY_SHAPES.find((s) => s.code === code);
    const at = shape?.labelAt ?? smallCountryPoint(code);
    if (at) spots.push({ code, count, name: countryName(i18n.language, code), d: shape?.d, at });
  }
  return spots.sort((a, b) => a.name.localeCompare(b.name, i18n.language));
}

export function WorldMapSvg({ counts, selected, onSelect, svgRef }: Props) {
  const { t, i18n } = useTranslation('stakeholders');
  const spots = useSpots(counts);
  const chosen = spots.find((s) => s.code === selected);
  const press = (code: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(code);
  };
  const button = (spot: Spot) => ({
    role: 'button',
    tabIndex: 0,
    'aria-label': t('map.countryButton', {
      country: spot.name,
      count: spot.count,
    }),
    'aria-pressed': spot.code === selected,
    'data-country': spot.code,
    'data-count': spot.count,
    fill: fillFor(spot.count),
    onClick: () => onSelect(spot.code),
    onKeyDown: press(spot.code),
  });

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      width="100%"
      role="group"
      aria-label={t('map.label')}
      className="stakeholder-map"
      data-testid="stakeholder-map"
      fontFamily="'Noto Sans', 'Noto Sans Arabic', sans-serif"
    >
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill={OCEAN} />
      <g stroke={BORDER} strokeWidth={0.5} aria-hidden>
        {COUNTRY_SHAPES.filter((s) => !counts.has(s.code)).map((s) => (
          <path key={s.code} d={s.d} fill={EMPTY_FILL} />
        ))}
      </g>
      <g stroke={BORDER} strokeWidth={0.5}>
        {spots.map((spot) =>
          spot.d ? (
            <path key={spot.code} d={spot.d} {...button(spot)} />
          ) : (
            <circle
              key={spot.code}
              cx={spot.at[0]}
              cy={spot.at[1]}
              r={6}
              stroke="#495057"
              {...button(spot)}
            />
          ),
        )}
      </g>
      {chosen?.d && (
        <path
          d={chosen.d}
          fill="none"
          stroke={SELECTED_STROKE}
          strokeWidth={2}
          pointerEvents="none"
        />
      )}
      {chosen && !chosen.d && (
        <circle
          cx={chosen.at[0]}
          cy={chosen.at[1]}
          r={8}
          fill="none"
          stroke={SELECTED_STROKE}
          strokeWidth={2}
          pointerEvents="none"
        />
      )}
      <g aria-hidden pointerEvents="none" fontSize={11} fontWeight={700} textAnchor="middle">
        {spots.map((spot) => (
          <text
            key={spot.code}
            x={spot.at[0] + (spot.d ? 0 : 12)}
            y={spot.at[1] + (spot.d ? 4 : -6)}
            fill="#1a1b1e"
            stroke="#ffffff"
            strokeWidth={3}
            paintOrder="stroke"
            data-count-label={spot.code}
          >
            {formatNumber(i18n.language, spot.count)}
          </text>
        ))}
      </g>
      <MapLegend x={12} bottom={MAP_HEIGHT - 10} />
    </svg>
  );
}
