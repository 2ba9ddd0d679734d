// The copy's rows as the Catalogue page shows them, and its search: each word typed must appear
// (without accents or case) in the commitment's title, summary, city, partners or municipality,
// as the catalogue server searches; country, theme and GCM objective narrow it further.
import type { CatalogueCopyEntry } from '../../../domain/records/internal';
import { foldText } from '../../../domain/search/normalize';
import type { Commitment, Indicators, SharedStakeholder } from '../../../domain/sync';

export interface PublishedIndicators extends Indicators {
  quarter: string;
  deskName: string;
}

interface Published {
  /** The copy's key: kind, publisher and entry. */
  key: string;
  entryId: string;
  tenantId: string;
  municipality: string;
  /** The entry's own country, else its municipality's. */
  country: string | null;
}

export interface CommitmentView extends Published {
  commitment: Commitment;
  /** The municipality's published indicators, latest quarter first. */
  indicators: PublishedIndicators[];
}

export interface StakeholderView extends Published {
  stakeholder: SharedStakeholder;
}

export interface CommitmentFilters {
  q: string;
  country: string | null;
  theme: string | null;
  gcm: number | null;
}

const published = (row: CatalogueCopyEntry, own: string | null): Published => ({
  key: row.id,
  entryId: row.entryId,
  tenantId: row.tenantId,
  municipality: row.municipality,
  country: own ?? row.country,
});

/** Commitments newest first (as the catalogue lists them), each with its indicators. */
export function commitmentViews(rows: readonly CatalogueCopyEntry[]): CommitmentView[] {
  const indicators = new Map<string, PublishedIndicators[]>();
  for (const row of rows) {
    if (row.kind !== 'indicators') continue;
    const list = indicators.get(row.tenantId) ?? [];
    list.push(row.data as unknown as PublishedIndicators);
    indicators.set(row.tenantId, list);
  }
  for (const list of indicators.values())
    list.sort((a, b) => b.quarter.localeCompare(a.quarter) || a.deskName.localeCompare(b.deskName));
  return rows
    .filter((row) => row.kind === 'commitment')
    .sort((a, b) => b.seq - a.seq)
    .map((row) => {
      const commitment = row.data as unknown as Commitment;
      return {
        ...published(row, commitment.country),
        commitment,
        indicators: indicators.get(row.tenantId) ?? [],
      };
    });
}

export function stakeholderViews(
  rows: readonly CatalogueCopyEntry[],
  collator: Intl.Collator,
): StakeholderView[] {
  return rows
    .filter((row) => row.kind === 'stakeholder')
    .map((row) => {
      const stakeholder = row.data as unknown as SharedStakeholder;
      return { ...published(row, stakeholder.country), stakeholder };
    })
    .sort((a, b) => collator.compare(a.stakeholder.name, b.stakeholder.name));
}

const words = (q: string) => foldText(q).split(/\s+/).filter(Boolean);
const matchesAll = (texts: (string | null)[], wanted: string[]) => {
  const haystack = foldText(texts.filter(Boolean).join(' '));
  return wanted.every((word) => haystack.includes(word));
};

export function filterCommitments(list: readonly CommitmentView[], filters: CommitmentFilters) {
  const wanted = words(filters.q);
  const theme = filters.theme ? foldText(filters.theme) : null;
  return list.filter(({ commitment: c, municipality, country }) => {
    if (filters.country && country !== filters.country) return false;
    if (theme && !c.themes.some((t) => foldText(t) === theme)) return false;
    if (filters.gcm !== null && !c.gcmObjectives.includes(filters.gcm)) return false;
    return matchesAll([c.title, c.summary, c.city, municipality, ...c.partners], wanted);
  });
}

export function filterStakeholders(
  list: readonly StakeholderView[],
  filters: { q: string; country: string | null },
) {
  const wanted = words(filters.q);
  return list.filter(({ stakeholder: s, municipality, country }) => {
    if (filters.country && country !== filters.country) return false;
    return matchesAll([s.name, s.city, municipality, ...s.servicesOffered], wanted);
  });
}

/** The choices the filters offer: only what the copy holds. */
export function commitmentChoices(list: readonly CommitmentView[]) {
  const countries = new Set<string>();
  const themes = new Map<string, string>();
  const gcm = new Set<number>();
  for (const { commitment, country } of list) {
    if (country) countries.add(country);
    for (const theme of commitment.themes) themes.set(foldText(theme), theme);
    for (const objective of commitment.gcmObjectives) gcm.add(objective);
  }
  return {
    countries: [...countries],
    themes: [...themes.values()].sort((a, b) => a.localeCompare(b)),
    gcm: [...gcm].sort((a, b) => a - b),
  };
}
