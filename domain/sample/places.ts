// Where sample people live and how their phone numbers look. Only real place names that we
// are sure of: barangays of Legazpi City (Albay), and neighbourhoods of Terrassa (Barcelona),
// where La Maurina and Ca n'Anglada hold much of the city's Moroccan community.
import type { Random } from './random';

export const LEGAZPI_BARANGAYS = [
  'Arimbay',
  'Bagacay',
  'Bagong Abre',
  'Bagumbayan',
  'Bañadero',
  'Banquerohan',
  'Bariis',
  'Baño',
  'Bigaa',
  'Binanuahan East',
  'Binanuahan West',
  'Bitano',
  'Bogtong',
  'Bonot',
  'Buenavista',
  'Buyuan',
  'Cabangan',
  'Cagbacong',
  'Centro-Baybay',
  'Cruzada',
  'Dap-dap',
  'Dinagaan',
  'Dita',
  'Estanza',
  'Gogon',
  'Homapon',
  'Ilawod',
  'Imalnod',
  'Kapantawan',
  'Lamba',
  'Mabinit',
  'Mariawa',
  'Maslog',
  'Matanag',
  'Maoyod',
  'Padang',
  'Pawa',
  'Pigcale',
  'Puro',
  'Rawis',
  'Sagpon',
  'Tahao',
  'Taysan',
];

export const TERRASSA_NEIGHBOURHOODS = [
  'La Maurina',
  "Ca n'Anglada",
  'Centre',
  "Ca n'Aurell",
  'Can Palet',
  'Les Arenes',
  'Sant Pere Nord',
  'Can Boada',
  'Torre-sana',
  'Vilardell',
  'Montserrat',
  'Les Fonts',
  'Egara',
  'Roc Blanc',
  'La Cogullada',
  'Vallparadís',
  'Can Parellada',
  'Sant Llorenç',
  'Segle XX',
  'Xúquer',
];

/** Heavier weights for the first neighbourhoods, where most clients of a migrant desk live. */
export const TERRASSA_WEIGHTS = TERRASSA_NEIGHBOURHOODS.map((_, i) => (i < 2 ? 6 : i < 6 ? 2 : 1));

// Prefixes of the Philippine mobile networks (Globe, Smart, DITO), as people give them.
const PH_MOBILE_PREFIXES = [
  '0905',
  '0906',
  '0915',
  '0917',
  '0918',
  '0919',
  '0920',
  '0921',
  '0927',
  '0928',
  '0929',
  '0935',
  '0945',
  '0947',
  '0949',
  '0956',
  '0961',
  '0966',
  '0977',
  '0995',
  '0998',
  '0999',
];

const digits = (random: Random, n: number) =>
  Array.from({ length: n }, () => String(random.int(0, 9))).join('');

/** "0917 123 4567", as a desk officer writes a Philippine mobile number. */
export function philippineMobile(random: Random): string {
  return `${random.pick(PH_MOBILE_PREFIXES)} ${digits(random, 3)} ${digits(random, 4)}`;
}

/** "612 345 678", a Spanish mobile number. */
export function spanishMobile(random: Random): string {
  return `6${digits(random, 2)} ${digits(random, 3)} ${digits(random, 3)}`;
}

/** English names of the countries sample texts mention (free text is written in English). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  SA: 'Saudi Arabia',
  AE: 'the UAE',
  KW: 'Kuwait',
  QA: 'Qatar',
  HK: 'Hong Kong',
  SG: 'Singapore',
  TW: 'Taiwan',
  JP: 'Japan',
  MY: 'Malaysia',
  OM: 'Oman',
  BH: 'Bahrain',
  IT: 'Italy',
  CA: 'Canada',
  US: 'the United States',
  KR: 'South Korea',
  GB: 'the United Kingdom',
  CY: 'Cyprus',
  IL: 'Israel',
  LB: 'Lebanon',
  NZ: 'New Zealand',
  MA: 'Morocco',
  VE: 'Venezuela',
  CO: 'Colombia',
  PE: 'Peru',
  BO: 'Bolivia',
  UA: 'Ukraine',
  SN: 'Senegal',
  PK: 'Pakistan',
  HN: 'Honduras',
  AR: 'Argentina',
  PY: 'Paraguay',
  EC: 'Ecuador',
  DZ: 'Algeria',
  GM: 'The Gambia',
  CN: 'China',
};

export const countryName = (code: string) => COUNTRY_NAMES[code] ?? code;
