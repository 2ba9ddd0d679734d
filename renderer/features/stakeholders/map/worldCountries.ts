// The offline world map, projected once: the 1:110m world-atlas countries (no tile server), in
// the Equal Earth projection so that areas compare fairly. Antarctica is left out: no desk maps
// stakeholders there, and it would take a fifth of the height.
import { geoArea, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { alpha2FromNumeric } from '../../../../domain/geo/isoNumeric';
import { SMALL_COUNTRY_POINTS } from '../../../../domain/geo/smallCountryPoints';

export const MAP_WIDTH = 960;
const PADDING = 8;

export interface CountryShape {
  code: string;
  /** SVG path data in map coordinates. */
  d: string;
  /** Where the count goes: the centre of the country's largest piece of land. */
  labelAt: readonly [number, number];
}

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
const land = collection.features.filter((f) => alpha2FromNumeric(f.id) !== 'AQ');
const landCollection: FeatureCollection = { type: 'FeatureCollection', features: land };

const projection = geoEqualEarth().fitWidth(MAP_WIDTH - 2 * PADDING, landCollection);
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds(landCollection);
projection.translate([
  projection.translate()[0] + PADDING,
  projection.translate()[1] - top + PADDING,
]);

export const MAP_HEIGHT = Math.ceil(bottom - top + 2 * PADDING);

/** The largest polygon of a country (mainland France, not French Guiana), for its label. */
function mainland(shape: Feature): GeoPermissibleObjects {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const polygons: Polygon[] = shape.geometry.coordinates.map((coordinates) => ({
    type: 'Polygon',
    coordinates,
  }));
  return polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

export const COUNTRY_SHAPES: readonly CountryShape[] = land.flatMap((shape) => {
  const code = alpha2FromNumeric(shape.id);
  const d = path(shape);
  if (!code || !d) return [];
  return [{ code, d, labelAt: path.centroid(mainland(shape)) }];
});

const DRAWN = new Set(COUNTRY_SHAPES.map((shape) => shape.code));

/** Map coordinates of a country too small for the shapes (Singapore, Bahrain …), if any. */
export function smallCountryPoint(code: string): readonly [number, number] | null {
  if (DRAWN.has(code)) return null;
  const point = SMALL_COUNTRY_POINTS[code];
  return point ? (projection([point[0], point[1]]) ?? null) : null;
}

/** True when the map can show this country, as a shape or as a point. */
export function isOnMap(code: string): boolean {
  return DRAWN.has(code) || smallCountryPoint(code) !== null;
}
