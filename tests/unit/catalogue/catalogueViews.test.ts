// The Catalogue page's search over the desk's copy, and the record an import makes.
import { describe, expect, it } from 'vitest';
import type { CatalogueCopyEntry } from '../../../domain/records/internal';
import { stakeholderSchema } from '../../../domain/records';
import { commitmentSchema, sharedStakeholderSchema } from '../../../domain/sync';
import {
  commitmentChoices,
  commitmentViews,
  filterCommitments,
  filterStakeholders,
  stakeholderViews,
  type CommitmentFilters,
} from '../../../renderer/features/catalogue/catalogueViews';
import { importedStakeholder } from '../../../renderer/features/catalogue/catalogueRepository';

const LEGAZPI = '0190a000-0000-7000-8000-0000000000a1';
const TERRASSA = '0190a000-0000-7000-8000-0000000000b2';

let seq = 0;
function row(
  kind: CatalogueCopyEntry['kind'],
  tenantId: string,
  municipality: string,
  country: string | null,
  data: Record<string, unknown>,
): CatalogueCopyEntry {
  seq += 1;
  return {
    id: `${kind}/${tenantId}/${seq}`,
    kind,
    entryId: `e${seq}`,
    tenantId,
    municipality,
    country,
    seq,
    updatedAt: '2026-12-01T00:00:00.000Z',
    data,
  };
}

const commitment = (over: Record<string, unknown>) => commitmentSchema.parse(over);
const rows = [
  row(
    'commitment',
    LEGAZPI,
    'Legazpi City',
    'PH',
    commitment({
      title: 'Expanded Help Desk for Overseas Filipino Workers',
      summary: 'Pre-migration orientation seminars and access to health care.',
      city: 'Legazpi',
      themes: ['Capacity Building'],
      gcmObjectives: [3, 7],
      partners: ['OWWA'],
    }),
  ),
  row(
    'commitment',
    TERRASSA,
    'Terrassa',
    'ES',
    commitment({
      title: 'Moroccan Dialect Classes in Terrassa',
      summary: 'Language and intercultural training for teachers.',
      city: 'Terrassa',
      themes: ['Social Inclusion', 'capacity building'],
      gcmObjectives: [16],
    }),
  ),
  row('indicators', LEGAZPI, 'Legazpi City', 'PH', {
    quarter: '2026-Q2',
    deskName: 'OFW Desk',
    inquiriesByCategory: { repatriation: '<5' },
    seminarsHeld: '<5',
    seminarAttendees: 120,
    stakeholdersMapped: 14,
  }),
  row('indicators', LEGAZPI, 'Legazpi City', 'PH', {
    quarter: '2026-Q3',
    deskName: 'OFW Desk',
    inquiriesByCategory: { repatriation: 9 },
    seminarsHeld: 6,
    seminarAttendees: 150,
    stakeholdersMapped: 16,
  }),
  row(
    'stakeholder',
    TERRASSA,
    'Terrassa',
    'ES',
    sharedStakeholderSchema.parse({
      name: 'Associació Sòcio-Cultural Ibn Batuta',
      type: 'diaspora',
      city: 'Terrassa',
      servicesOffered: ['Acollida'],
      sectors: ['welfare', 'notASector'],
      latitude: 41.56,
      longitude: 2.01,
      contact: 'info@example.org',
    }),
  ),
  row(
    'stakeholder',
    LEGAZPI,
    'Legazpi City',
    'PH',
    sharedStakeholderSchema.parse({
      name: 'Bicol Migrants Center',
      type: 'somethingNew',
      country: 'PH',
    }),
  ),
];
const none: CommitmentFilters = { q: '', country: null, theme: null, gcm: null };

describe('commitmentViews', () => {
  it('lists commitments newest first, each with its municipality’s indicators, latest quarter first', () => {
    const views = commitmentViews(rows);
    expect(views.map((v) => v.municipality)).toEqual(['Terrassa', 'Legazpi City']);
    expect(views[1]!.indicators.map((i) => i.quarter)).toEqual(['2026-Q3', '2026-Q2']);
    expect(views[1]!.indicators[1]!.seminarsHeld).toBe('<5');
    expect(views[0]!.indicators).toEqual([]);
  });
});

describe('filterCommitments', () => {
  const all = commitmentViews(rows);
  const titles = (filters: Partial<CommitmentFilters>) =>
    filterCommitments(all, { ...none, ...filters }).map((v) => v.municipality);

  it('needs every word typed, in any field, without accents or case', () => {
    expect(titles({ q: 'SEMINARS health' })).toEqual(['Legazpi City']);
    expect(titles({ q: 'owwa' })).toEqual(['Legazpi City']);
    expect(titles({ q: 'teachers legazpi' })).toEqual([]);
    expect(titles({ q: 'moroccan' })).toEqual(['Terrassa']);
    expect(titles({ q: 'terrassa' })).toEqual(['Terrassa']);
  });

  it('narrows by country, theme (whatever its case) and GCM objective', () => {
    expect(titles({ country: 'PH' })).toEqual(['Legazpi City']);
    expect(titles({ theme: 'Capacity Building' })).toEqual(['Terrassa', 'Legazpi City']);
    expect(titles({ theme: 'Social Inclusion' })).toEqual(['Terrassa']);
    expect(titles({ gcm: 7 })).toEqual(['Legazpi City']);
    expect(titles({ gcm: 7, country: 'ES' })).toEqual([]);
  });

  it('offers only the countries, themes and objectives the copy holds', () => {
    const choices = commitmentChoices(all);
    expect(choices.countries.sort()).toEqual(['ES', 'PH']);
    expect(choices.themes).toHaveLength(2);
    expect(choices.gcm).toEqual([3, 7, 16]);
  });
});

describe('shared stakeholders', () => {
  const all = stakeholderViews(rows, new Intl.Collator('en'));

  it('are searched by name, city, service or municipality, and by country', () => {
    expect(filterStakeholders(all, { q: 'ibn batuta', country: null })).toHaveLength(1);
    expect(filterStakeholders(all, { q: 'acollida', country: null })).toHaveLength(1);
    expect(filterStakeholders(all, { q: 'legazpi', country: null })[0]!.stakeholder.name).toBe(
      'Bicol Migrants Center',
    );
    // A stakeholder without a country is in its municipality's.
    expect(
      filterStakeholders(all, { q: '', country: 'ES' }).map((v) => v.stakeholder.name),
    ).toEqual(['Associació Sòcio-Cultural Ibn Batuta']);
  });

  it('import as a valid record of the desk that remembers the entry it came from', () => {
    const ibn = all.find((v) => v.municipality === 'Terrassa')!;
    const input = importedStakeholder(ibn, '2026-12-05T10:00:00.000Z');
    const record = stakeholderSchema.parse(input);
    expect(record).toMatchObject({
      name: 'Associació Sòcio-Cultural Ibn Batuta',
      type: 'diaspora',
      latitude: 41.56,
      longitude: 2.01,
      sectors: ['welfare'],
      notes: 'info@example.org',
      catalogueSource: {
        entryId: ibn.entryId,
        tenantId: TERRASSA,
        municipality: 'Terrassa',
        country: 'ES',
        importedAt: '2026-12-05T10:00:00.000Z',
      },
    });
    // No country is invented for it, and it is not shared on until the officer chooses to.
    expect(record.country).toBeUndefined();
    expect(record.shareWithCatalogue).toBeUndefined();
    const bicol = all.find((v) => v.municipality === 'Legazpi City')!;
    expect(
      stakeholderSchema.parse(importedStakeholder(bicol, '2026-12-05T10:00:00.000Z')).type,
    ).toBe('civilSociety');
  });
});
