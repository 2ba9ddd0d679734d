// Dates, times and numbers in the interface language (Intl), with the Latin digits that
// municipal forms use even in Arabic, so numbers and phone numbers stay left-to-right.
// Spanish follows the desk's country: a desk in Lima writes 1,234 and 3:05 p. m., one in
// Madrid 1234 and 15:05, one in Buenos Aires 1.234.
const LOCALE_OF: Record<string, string> = {
  en: 'en-PH',
  fil: 'fil-PH',
  es: 'es-ES',
  ca: 'ca-ES',
  ar: 'ar-u-nu-latn',
};

/** Countries whose own Spanish conventions Intl knows; elsewhere Spanish is written as in Spain. */
const SPANISH_COUNTRIES = new Set(
  'AR BO CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PR PY SV US UY VE'.split(' '),
);

let deskCountry: string | undefined;

/** The desk's country (ISO 3166 alpha-2), set once the desk is known; formats follow it. */
export function setFormatCountry(country: string | undefined) {
  deskCountry = country;
}

/** Intl objects are slow to build (a report formats hundreds of numbers): one per locale and
 *  options, kept (number formats, collators, region names). */
const cache = new Map<string, unknown>();
function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** Date formats are not kept: they hold the time zone they were made in. */
const dateFormat = (language: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(localeOf(language), options);

/** One collator per language, for sorting names (countries, staff) as that language does. */
export function collatorOf(language: string): Intl.Collator {
  const locale = localeOf(language);
  return cached('collator', locale, undefined, () => new Intl.Collator(locale));
}

export function localeOf(language: string) {
  if (language === 'es' && deskCountry && SPANISH_COUNTRIES.has(deskCountry)) {
    return `es-${deskCountry}`;
  }
  return LOCALE_OF[language] ?? language;
}

/** A plain date ("2026-02-14") is that day where the desk is, not midnight UTC (which is the
 *  day before in Peru or Argentina); a date-time is an instant. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return plain
    ? new Date(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3]))
    : new Date(value);
}

export function formatDate(
  language: string,
  value: string | Date,
  style: 'short' | 'medium' | 'long' = 'medium',
) {
  return dateFormat(language, { dateStyle: style }).format(toDate(value));
}

export function formatTime(language: string, value: string | Date) {
  return dateFormat(language, { timeStyle: 'short' }).format(new Date(value));
}

export function formatDateTime(language: string, value: string | Date) {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(toDate(value));
}

export function formatNumber(language: string, value: number, options?: Intl.NumberFormatOptions) {
  const locale = localeOf(language);
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(
    value,
  );
}

export function formatBytes(language: string, bytes: number) {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

export function countryName(language: string, code: string) {
  try {
    const locale = localeOf(language);
    const make = () => new Intl.DisplayNames([locale], { type: 'region' });
    return cached('region', locale, undefined, make).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "A, B and C" in the interface language: the words and commas each language uses. */
export function formatList(language: string, items: readonly string[]) {
  return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(items);
}
