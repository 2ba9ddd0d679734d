import { describe, expect, it } from 'vitest';
import { newPseudonymiser, suppressed } from '../../../domain/exports/pseudonym';
import {
  statisticsSheets,
  type StatisticsCase,
  type StatisticsLabels,
} from '../../../domain/exports/statisticsExport';

const labels: StatisticsLabels = {
  header: (c) => c,
  sheet: (s) => s,
  category: (id) => `cat:${id}`,
  status: (id) => `status:${id}`,
  country: (code) => code ?? 'none',
  role: (id) => `role:${id}`,
  sex: (id) => `sex:${id}`,
  ageGroup: (id) => `age:${id}`,
};

const base = {
  clientRole: 'self',
  status: 'open',
  ofwDetails: { destinationCountry: 'SA' },
};

function cases(): StatisticsCase[] {
  const out: StatisticsCase[] = [
    {
      ...base,
      clientId: 'person-peña',
      categories: ['repatriation'],
      openedAt: '2026-03-04T02:00:00Z',
    },
    {
      ...base,
      clientId: 'person-peña',
      categories: ['repatriation'],
      openedAt: '2026-03-20T02:00:00Z',
    },
    {
      ...base,
      clientId: 'person-rel',
      ofwId: 'person-ofw',
      categories: ['wages'],
      openedAt: '2026-04-02T02:00:00Z',
    },
  ];
  for (let i = 0; i < 7; i++) {
    out.push({
      ...base,
      clientId: `p${i}`,
      categories: ['wages'],
      openedAt: '2026-04-10T02:00:00Z',
      ofwDetails: { destinationCountry: 'AE' },
    });
  }
  return out;
}

const people = new Map([
  ['person-peña', { sex: 'female', birthDate: '1990-05-01' }],
  ['person-ofw', { sex: 'male', birthDate: '1984-01-01' }],
]);

describe('the pseudonymised statistics export', () => {
  it('holds no person id, and the same person has the same pseudonym within one export', async () => {
    const [caseSheet] = await statisticsSheets(cases(), people, await newPseudonymiser(), labels);
    const text = JSON.stringify(caseSheet!.rows);
    expect(text).not.toContain('person-');
    const [header, first, second, third] = caseSheet!.rows;
    expect(header).toEqual([
      'person',
      'openedMonth',
      'categories',
      'status',
      'country',
      'clientRole',
      'sex',
      'ageGroup',
    ]);
    expect(first![0]).toMatch(/^[0-9a-f]{20}$/);
    expect(second![0]).toBe(first![0]);
    // The case is counted under the OFW it is about, not the relative who came to the desk.
    expect(third![0]).not.toBe(first![0]);
    expect(third!.slice(1)).toEqual([
      '2026-04',
      'cat:wages',
      'status:open',
      'SA',
      'role:self',
      'sex:male',
      'age:35to44',
    ]);
  });

  it('gives the same person a different pseudonym in the next export', async () => {
    const one = await newPseudonymiser();
    const two = await newPseudonymiser();
    expect(await one('person-peña')).toBe(await one('person-peña'));
    expect(await one('person-peña')).not.toBe(await two('person-peña'));
  });

  it('shows counts under five as "<5" and larger counts as numbers', async () => {
    const [, counts] = await statisticsSheets(cases(), people, await newPseudonymiser(), labels);
    expect(counts!.rows).toEqual([
      ['category', 'country', 'cases'],
      ['cat:repatriation', 'SA', '<5'],
      ['cat:wages', 'AE', 7],
      ['cat:wages', 'SA', '<5'],
    ]);
    expect(suppressed(0)).toBe(0);
    expect(suppressed(4)).toBe('<5');
    expect(suppressed(5)).toBe(5);
  });

  it('leaves deleted cases out', async () => {
    const deleted = { ...cases()[0]!, deletedAt: '2026-05-01T00:00:00Z' };
    const [caseSheet] = await statisticsSheets([deleted], people, await newPseudonymiser(), labels);
    expect(caseSheet!.rows).toHaveLength(1);
  });
});
