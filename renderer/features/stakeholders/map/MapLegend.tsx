// The map's legend, drawn inside the SVG so that an exported map keeps it. It sits in the empty
// South Pacific; in a right-to-left language its swatches and words read from the right.
import { useTranslation } from 'react-i18next';
import { directionOfLanguage } from '../../../ui/directionOfLanguage';
import { formatNumber } from '../../../ui/format';
import { BUCKETS, EMPTY_FILL, type Bucket } from './mapScale';

const ROW = 20;
const WIDTH = 170;

export function MapLegend({
  x,
  bottom,
  scale = BUCKETS,
  title,
}: {
  x: number;
  bottom: number;
  scale?: readonly Bucket[];
  title?: string | undefined;
}) {
  const { t, i18n } = useTranslation('stakeholders');
  const lng = i18n.language;
  const rtl = directionOfLanguage(lng) === 'rtl';
  const n = (value: number) => formatNumber(lng, value);
  const rows = [
    ...scale.map((b) => ({
      fill: b.fill,
      // Numbers and ranges stay left-to-right inside Arabic (UX), "10–24" not "24–10".
      numeric: true,
      label:
        b.max === null ? `${n(b.min)}+` : b.min === b.max ? n(b.min) : `${n(b.min)}–${n(b.max)}`,
    })),
    { fill: EMPTY_FILL, label: t('map.legendNone'), numeric: false },
  ];
  const height = ROW * (rows.length + 1) + 8;
  const top = bottom - height;
  const swatchX = rtl ? x + WIDTH - 22 : x + 8;
  const textX = rtl ? x + WIDTH - 30 : x + 30;

  return (
    <g data-testid="map-legend" direction={rtl ? 'rtl' : 'ltr'} fontSize={12} fill="#212529">
      <rect
        x={x}
        y={top}
        width={WIDTH}
        height={height}
        rx={4}
        fill="#ffffff"
        fillOpacity={0.9}
        stroke="#ced4da"
      />
      <text x={rtl ? x + WIDTH - 8 : x + 8} y={top + 16} fontWeight={700}>
        {title ?? t('map.legendTitle')}
      </text>
      {rows.map((row, i) => (
        <g key={row.fill}>
          <rect
            x={swatchX}
            y={top + ROW * (i + 1) + 4}
            width={14}
            height={14}
            fill={row.fill}
            stroke="#868e96"
            strokeWidth={0.5}
          />
          <text
            x={textX}
            y={top + ROW * (i + 1) + 15}
            direction={row.numeric ? 'ltr' : undefined}
            textAnchor={row.numeric && rtl ? 'end' : undefined}
          >
            {row.label}
          </text>
        </g>
      ))}
    </g>
  );
}
