import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json';
import { COUNTRY_CODES } from '../../../domain/countries';
import { alpha2FromNumeric, ISO_NUMERIC_TO_ALPHA2 } from '../../../domain/geo/isoNumeric';
import { SMALL_COUNTRY_POINTS } from '../../../domain/geo/smallCountryPoints';

interface Geometry {
  id?: string;
  properties: { name: string };
}
const shapes = (world as unknown as { objects: { countries: { geometries: Geometry[] } } }).objects
  .countries.geometries;
const englishName = new Intl.DisplayNames(['en'], { type: 'region' });
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

describe('ISO numeric country codes', () => {
  it('names every country of Tulay exactly once', () => {
    expect([...ISO_NUMERIC_TO_ALPHA2.values()].sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it('maps each world-atlas shape to the country of the same name', () => {
    const mismatched = shapes
      .filter((shape) => shape.id !== undefined)
      .map((shape) => ({ atlas: shape.properties.name, code: alpha2FromNumeric(shape.id) }))
      .filter(({ atlas, code }) => {
        if (!code) return true;
        const intl = letters(englishName.of(code) ?? '');
        return !intl.startsWith(letters(atlas).slice(0, 4)) && !letters(atlas).includes(intl);
      });
    // Natural Earth abbreviates or uses older names for these; the codes are right.
    expect(mismatched.map((m) => m.atlas).sort()).toEqual([
      'Dem. Rep. Congo',
      'Eq. Guinea',
      'Fr. S. Antarctic Lands',
      'Macedonia',
      'S. Sudan',
      'Turkey',
      'W. Sahara',
    ]);
  });

  it('places every country without a 1:110m shape as a point instead', () => {
    const drawn = new Set(shapes.map((shape) => alpha2FromNumeric(shape.id)));
    const nowhere = COUNTRY_CODES.filter((code) => !drawn.has(code) && !SMALL_COUNTRY_POINTS[code]);
    expect(nowhere).toEqual([]);
    expect(SMALL_COUNTRY_POINTS['SG']).toBeDefined();
    expect(SMALL_COUNTRY_POINTS['HK']).toBeDefined();
  });
});
