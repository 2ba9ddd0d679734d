import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../domain/records';
import {
  countByCountry,
  filterStakeholders,
  NO_FILTERS,
} from '../../../domain/stakeholders/filters';

const base = { sectors: [], servicesOffered: [], contacts: [], notes: undefined } as const;
const milano = {
  ...base,
  name: 'Comunità Filippina di Milano',
  type: 'diaspora',
  country: 'IT',
  city: 'Milano',
  sectors: ['welfare'],
  contacts: [{ name: 'Rosa Dimaculangan' }],
} as unknown as Stakeholder;
const riyadh = {
  ...base,
  name: 'Samahang Pilipino sa Riyadh',
  type: 'diaspora',
  country: 'SA',
  servicesOffered: ['Shelter referrals'],
} as unknown as Stakeholder;
const owwa = {
  ...base,
  name: 'Overseas Workers Welfare Administration (OWWA)',
  type: 'governmentAgency',
  country: 'PH',
} as unknown as Stakeholder;
const all = [milano, riyadh, owwa];
const names = (list: Stakeholder[]) => list.map((s) => s.name);

describe('stakeholder filters', () => {
  it('finds a name without its accents, and by the start of any word', () => {
    expect(names(filterStakeholders(all, { ...NO_FILTERS, query: 'comunita mil' }))).toEqual([
      milano.name,
    ]);
    expect(names(filterStakeholders(all, { ...NO_FILTERS, query: 'owwa' }))).toEqual([owwa.name]);
    expect(filterStakeholders(all, { ...NO_FILTERS, query: 'ilano' })).toEqual([]);
  });

  it('finds by a contact person and by a service offered', () => {
    expect(names(filterStakeholders(all, { ...NO_FILTERS, query: 'dimaculangan' }))).toEqual([
      milano.name,
    ]);
    expect(names(filterStakeholders(all, { ...NO_FILTERS, query: 'shelter' }))).toEqual([
      riyadh.name,
    ]);
  });

  it('combines type, country and sector', () => {
    const diaspora = { ...NO_FILTERS, types: ['diaspora'] };
    expect(names(filterStakeholders(all, diaspora))).toEqual([milano.name, riyadh.name]);
    expect(names(filterStakeholders(all, { ...diaspora, country: 'SA' }))).toEqual([riyadh.name]);
    expect(names(filterStakeholders(all, { ...diaspora, sector: 'welfare' }))).toEqual([
      milano.name,
    ]);
  });

  it('counts stakeholders per country, leaving out those without one', () => {
    const counts = countByCountry([...all, { ...riyadh, country: undefined }, riyadh]);
    expect(Object.fromEntries(counts)).toEqual({ IT: 1, SA: 2, PH: 1 });
  });
});
