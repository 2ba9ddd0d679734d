import { describe, expect, it } from 'vitest';
import { stakeholderSchema } from '../../../domain/records';
import { CSV_COLUMNS, stakeholderCsvRows, type CsvLabels } from '../../../domain/stakeholders/csv';

const labels: CsvLabels = {
  header: (column) => `[${column}]`,
  type: (id) => `type:${id}`,
  country: (code) => `country:${code}`,
  language: (code) => `lang:${code}`,
  sector: (id) => `sector:${id}`,
  engagement: (id) => `engagement:${id}`,
};

describe('stakeholder CSV rows', () => {
  it('writes the header in the reader’s words, then one row per stakeholder in words', () => {
    const stakeholder = stakeholderSchema.parse({
      name: 'Comunità Filippina di Milano',
      type: 'diaspora',
      country: 'IT',
      latitude: 45.4642,
      longitude: 9.19,
      languages: ['fil', 'it'],
      sectors: ['welfare', 'culture'],
      contacts: [
        { name: 'Rosa Dimaculangan', role: 'President', phone: '+39 333 123 4567' },
        { name: 'Ben Santos', email: 'ben@example.org' },
      ],
      observations: [{ date: '2026-02-14', text: 'Caregivers need legal advice' }],
    });
    const [header, row] = stakeholderCsvRows([stakeholder], labels);
    expect(header).toEqual(CSV_COLUMNS.map((c) => `[${c}]`));
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(column)];
    expect(cell('type')).toBe('type:diaspora');
    expect(cell('country')).toBe('country:IT');
    expect(cell('countryCode')).toBe('IT');
    expect(cell('latitude')).toBe(45.4642);
    expect(cell('languages')).toBe('lang:fil; lang:it');
    expect(cell('sectors')).toBe('sector:welfare; sector:culture');
    expect(cell('contacts')).toBe(
      'Rosa Dimaculangan, President, +39 333 123 4567; Ben Santos, ben@example.org',
    );
    expect(cell('observations')).toBe('2026-02-14: Caregivers need legal advice');
    expect(cell('engagement')).toBe('engagement:none');
    expect(cell('city')).toBe('');
  });
});
