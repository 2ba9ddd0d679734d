// The filters shared by the directory, the map and the network: one set of answers to "which
// stakeholders am I looking at", so a country picked on the map also narrows the directory.
import { foldText } from '../search/normalize';
import type { Stakeholder } from '../records/stakeholders';

export interface StakeholderFilters {
  /** Free text: name, city, services, contact names. */
  query: string;
  /** Empty means every type. */
  types: readonly string[];
  country: string | null;
  sector: string | null;
}

export const NO_FILTERS: StakeholderFilters = { query: '', types: [], country: null, sector: null };

type Filterable = Pick<
  Stakeholder,
  'name' | 'type' | 'country' | 'city' | 'sectors' | 'servicesOffered' | 'contacts' | 'notes'
>;

function searchableText(s: Filterable): string {
  return foldText(
    [s.name, s.city ?? '', ...s.servicesOffered, ...s.contacts.map((c) => c.name)].join(' '),
  );
}

/** Every word typed must start a word of the stakeholder's searchable text. */
export function matchesQuery(s: Filterable, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = ` ${searchableText(s)}`;
  return words.every((word) => text.includes(` ${word}`));
}

export function matchesFilters(s: Filterable, filters: StakeholderFilters): boolean {
  if (filters.types.length > 0 && !filters.types.includes(s.type)) return false;
  if (filters.country && s.country !== filters.country) return false;
  if (filters.sector && !(s.sectors as readonly string[]).includes(filters.sector)) return false;
  return matchesQuery(s, filters.query);
}

export function filterStakeholders<T extends Filterable>(
  list: readonly T[],
  filters: StakeholderFilters,
): T[] {
  return list.filter((s) => matchesFilters(s, filters));
}

/** Stakeholders per country code (those without a country are not counted). */
export function countByCountry(list: readonly Pick<Stakeholder, 'country'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { country } of list) {
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

export function hasActiveFilters(filters: StakeholderFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.types.length > 0 ||
    filters.country !== null ||
    filters.sector !== null
  );
}
