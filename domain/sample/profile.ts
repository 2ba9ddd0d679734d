// What the sample generator needs to know about one kind of desk beyond its preset: where its
// clients live, how their names and phones look, how often each role and category comes up,
// which partners a category is referred to, and the details recorded about the person concerned.
import type { NameSet, Sex } from './nameSet';
import type { Random } from './random';
import type { CaseTexts, TextValues } from './texts';

/** Which opening sentence fits the client: the person concerned, a relative, a neighbour. */
export type OpenerKind = 'self' | 'returned' | 'prospective' | 'relative' | 'host';

export interface DetailsInput {
  role: string;
  categories: readonly string[];
  /** Destination (OFW desk) or country of origin (migrant desk). */
  country: string;
  openedAt: number;
  sex: Sex;
}

export interface DetailsResult {
  /** The case field that holds the details (the preset's detailsRecord). */
  field: 'ofwDetails' | 'migrantDetails';
  value: Record<string, unknown>;
  /** Words the description may use: occupation, agency, employer. */
  words: TextValues;
}

export interface SampleProfile {
  city: string;
  /** ISO 3166 code of the desk's country: the address of local clients. */
  country: string;
  /** The desk's offset from UTC, so that cases open in office hours. */
  utcOffsetHours: number;
  neighbourhoods: readonly string[];
  neighbourhoodWeights: readonly number[];
  phone: (random: Random) => string;
  roleWeights: Readonly<Record<string, number>>;
  /** Countries outside the preset's top list that still come up now and then. */
  otherCountries?: readonly string[];
  openerKind: (role: string) => OpenerKind;
  categoryWeights: Readonly<Record<string, number>>;
  /** Per role, factors on the category weights (a prospective OFW asks about pre-employment). */
  categoryBoost: Readonly<Record<string, Readonly<Record<string, number>>>>;
  partnersByCategory: Readonly<Record<string, readonly string[]>>;
  texts: CaseTexts;
  /** The names of a person from `country` (undefined: a local client). */
  namesFor: (country: string | undefined) => NameSet;
  /** Nationality of the person concerned, given the case's country. */
  nationalityFor: (country: string) => string;
  details: (random: Random, input: DetailsInput) => DetailsResult;
}
