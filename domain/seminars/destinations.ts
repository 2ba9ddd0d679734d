// Reads a destination as people write it in a spreadsheet: an ISO code ("SA", or "SAU" for the
// usual destinations), a country name in English, Filipino, Spanish, Catalan or Arabic ("Saudi
// Arabia", "Arabia Saudí", "Aràbia Saudita", "السعودية"), or a common short form ("KSA", "UAE",
// "Dubai", "Hongkong"). Names come from Intl, so no list of countries to maintain.
import { COUNTRY_CODES, isCountryCode } from '../countries';
import { foldText } from '../search/normalize';

const NAME_LANGUAGES = ['en', 'fil', 'es', 'ca', 'ar'];

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
  amerika: 'US',
  kanada: 'CA',
  singapur: 'SG',
  eeuu: 'US',
  'ee uu': 'US',
  eua: 'US',
  'arabia saudi': 'SA',
  emirats: 'AE',
  السعودية: 'SA',
  الامارات: 'AE',
  دبي: 'AE',
  ابوظبي: 'AE',
  'ابو ظبي': 'AE',
  'هونغ كونغ': 'HK',
  'هونج كونج': 'HK',
  امريكا: 'US',
  'الولايات المتحدة الامريكية': 'US',
  بريطانيا: 'GB',
  كوريا: 'KR',
  ماكاو: 'MO',
};

/** ISO alpha-3 codes of the destinations desks see most (DOMAIN §1, §2), as some lists use. */
const ALPHA3: Record<string, string> = {
  sau: 'SA',
  are: 'AE',
  kwt: 'KW',
  qat: 'QA',
  hkg: 'HK',
  sgp: 'SG',
  twn: 'TW',
  jpn: 'JP',
  mys: 'MY',
  omn: 'OM',
  bhr: 'BH',
  ita: 'IT',
  can: 'CA',
  usa: 'US',
  kor: 'KR',
  gbr: 'GB',
  mac: 'MO',
  brn: 'BN',
  isr: 'IL',
  jor: 'JO',
  lbn: 'LB',
  cyp: 'CY',
  aus: 'AU',
  nzl: 'NZ',
  deu: 'DE',
  esp: 'ES',
  fra: 'FR',
  nld: 'NL',
  phl: 'PH',
  mar: 'MA',
  arg: 'AR',
  per: 'PE',
};

let byName: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(
    [...Object.entries(ALIASES), ...Object.entries(ALPHA3)].map(([k, v]) => [foldText(k), v]),
  );
  for (const language of NAME_LANGUAGES) {
    const display = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (!name || name === code) continue;
      // "Hong Kong (RAE Xina)" is also written "Hong Kong".
      for (const form of [name, name.replace(/\s*\(.*\)\s*/g, ' ')]) {
        if (!byName.has(foldText(form))) byName.set(foldText(form), code);
      }
    }
  }
  return byName;
}

function codeOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[a-z]{2}$/i.test(trimmed) && isCountryCode(trimmed.toUpperCase()))
    return trimmed.toUpperCase();
  return names().get(foldText(trimmed)) ?? null;
}

/**
 * The ISO 3166 code of a written destination; undefined when blank; null when unknown. A city
 * with its country ("Riyadh, KSA", "Dubai / UAE") counts when its parts name one country.
 */
export function readDestination(text: string): string | null | undefined {
  if (text.trim() === '') return undefined;
  const whole = codeOf(text);
  if (whole) return whole;
  const parts = text.split(/[,/;|()]+/).filter((part) => part.trim() !== '');
  if (parts.length < 2) return null;
  const codes = new Set(parts.map(codeOf).filter((code): code is string => code !== null));
  return codes.size === 1 ? [...codes][0]! : null;
}
