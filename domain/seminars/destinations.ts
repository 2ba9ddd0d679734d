// Reads a destination as people write it in a spreadsheet: an ISO code ("SA"), or a country
// name in English, Filipino or Spanish ("Saudi Arabia", "Arabia Saudí"), or a common short
// form ("KSA", "UAE", "Dubai", "Hongkong"). Names come from Intl, so no list to maintain.
import { COUNTRY_CODES, isCountryCode } from '../countries';
import { foldText } from '../search/normalize';

const NAME_LANGUAGES = ['en', 'fil', 'es'];

/** What OFWs and desks write that Intl's names do not cover. */
const ALIASES: Record<string, string> = {
  ksa: 'SA',
  saudi: 'SA',
  'arabia saudita': 'SA',
  uae: 'AE',
  dubai: 'AE',
  'abu dhabi': 'AE',
  emiratos: 'AE',
  'hong kong': 'HK',
  hongkong: 'HK',
  macau: 'MO',
  macao: 'MO',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  korea: 'KR',
  'south korea': 'KR',
  hapon: 'JP',
  italya: 'IT',
  espanya: 'ES',
  taiwan: 'TW',
};

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  for (const language of NAME_LANGUAGES) {
    const display = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name && name !== code && !byName.has(foldText(name))) byName.set(foldText(name), code);
    }
  }
  return byName;
}

/** The ISO 3166 code of a written destination; undefined when blank; null when unknown. */
export function readDestination(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^[a-z]{2}$/i.test(trimmed) && isCountryCode(trimmed.toUpperCase()))
    return trimmed.toUpperCase();
  return names().get(foldText(trimmed)) ?? null;
}
