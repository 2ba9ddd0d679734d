// The world map in SVG: countries with stakeholders filled by the colour scale, with their count;
// those countries are buttons (Tab to reach, Enter to choose), in alphabetical order. The reports
// draw the same map of cases: with their own words and a colour scale for larger counts.
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import { collatorOf, countryName, formatNumber } from '../../../ui/format';
import { MapLegend } from './MapLegend';
import {
  BORDER,
  BUCKETS,
  EMPTY_FILL,
  fillFor,
  OCEAN,
  SELECTED_STROKE,
  type Bucket,
} from './mapScale';
import {
  COUNTRY_SHAPES,
  MAP_HEIGHT,
  MAP_WIDTH,
  smallCountryPoint,
  type CountryShape,
} from './worldCountries';
import './stakeholderMap.css';

interface Props {
  counts: ReadonlyMap<string, number>;
  selected: string | null;
  onSelect: (country: string) => void;
  svgRef?: Ref<SVGSVGElement>;
  /** The map's name, and a country's button label, when the map shows something else. */
  label?: string;
  countryLabel?: (country: string, count: number) => string;
  scale?: readonly Bucket[];
  legendTitle?: string;
}

/** Where a country with a count is drawn: its shape, or a dot for a small country. */
interface Spot {
  code: string;
  name: string;
  d?: string;
  at: readonly [number, number];
}

const SHAPES = new Map<string, CountryShape>(COUNTRY_SHAPES.map((s) => [s.code, s]));

/**
 * The geometry of the countries with a count, in alphabetical order, and the grey land without
 * one. It depends only on which countries have a count and on the language: when only the
 * counts change (another period), the shapes are neither looked up nor sorted again.
 */
function useGeometry(counts: ReadonlyMap<string, number>) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const codes = [...counts.keys()].sort().join(' ');
  return useMemo(() => {
    const present = new Set(codes ? codes.split(' ') : []);
    const collator = collatorOf(language);
    const spots: Spot[] = [];
    for (const code of present) {
      const shape = SHAPES.get(code);
      const at = shape?.labelAt ?? smallCountryPoint(code);
      if (at) spots.push({ code, name: countryName(language, code), d: shape?.d, at });
    }
    spots.sort((a, b) => collator.compare(a.name, b.name));
    const land = (
      <g stroke={BORDER} strokeWidth={0.5} aria-hidden>
        {COUNTRY_SHAPES.filter((s) => !present.has(s.code)).map((s) => (
          <path key={s.code} d={s.d} fill={EMPTY_FILL} />
        ))}
      </g>
    );
    return { spots, land };
  }, [codes, language]);
}

interface SpotProps {
  spot: Spot;
  count: number;
  fill: string;
  label: string;
  pressed: boolean;
  onSelect: (country: string) => void;
}

/** A country with a count: a button, redrawn only when its count, colour or label changes. */
const SpotShape = memo(function SpotShape({
  spot,
  count,
  fill,
  label,
  pressed,
  onSelect,
}: SpotProps) {
  const press = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(spot.code);
  };
  const button = {
    role: 'button',
    tabIndex: 0,
    'aria-label': label,
    'aria-pressed': pressed,
    'data-country': spot.code,
    'data-count': count,
    fill,
    onClick: () => onSelect(spot.code),
    onKeyDown: press,
  };
  return spot.d ? (
    <path d={spot.d} {...button} />
  ) : (
    <circle cx={spot.at[0]} cy={spot.at[1]} r={6} stroke="#495057" {...button} />
  );
});

export function WorldMapSvg(props: Props) {
  const { counts, selected, svgRef, scale = BUCKETS } = props;
  const { t, i18n } = useTranslation('stakeholders');
  const { spots, land } = useGeometry(counts);
  const chosen = spots.find((s) => s.code === selected);
  // The latest onSelect, behind a callback that never changes, so the shapes stay memoised.
  const select = useRef(props.onSelect);
  useLayoutEffect(() => {
    select.current = props.onSelect;
  });
  const onSelect = useCallback((code: string) => select.current(code), []);
  const countOf = (spot: Spot) => counts.get(spot.code) ?? 0;
  const label = (spot: Spot) =>
    props.countryLabel?.(spot.name, countOf(spot)) ??
    t('map.countryButton', { country: spot.name, count: countOf(spot) });

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      width="100%"
      role="group"
      aria-label={props.label ?? t('map.label')}
      className="stakeholder-map"
      data-testid="stakeholder-map"
      fontFamily="'Noto Sans', 'Noto Sans Arabic', sans-serif"
    >
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill={OCEAN} />
      {land}
      <g stroke={BORDER} strokeWidth={0.5}>
        {spots.map((spot) => (
          <SpotShape
            key={spot.code}
            spot={spot}
            count={countOf(spot)}
            fill={fillFor(countOf(spot), scale)}
            label={label(spot)}
            pressed={spot.code === selected}
            onSelect={onSelect}
          />
        ))}
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
            {formatNumber(i18n.language, countOf(spot))}
          </text>
        ))}
      </g>
      <MapLegend x={12} bottom={MAP_HEIGHT - 10} scale={scale} title={props.legendTitle} />
    </svg>
  );
}
