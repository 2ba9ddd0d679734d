// Dates, times and numbers in the interface language (Intl), with the Latin digits that
// municipal forms use even in Arabic, so numbers and phone numbers stay left-to-right.
const LOCALE_OF: Record<string, string> = {
  en: 'en-PH',
  fil: 'fil-PH',
  es: 'es-ES',
  ca: 'ca-ES',
  ar: 'ar-u-nu-latn',
};

export const localeOf = (language: string) => LOCALE_OF[language] ?? language;

export function formatDate(
  language: string,
  value: string | Date,
  style: 'short' | 'medium' | 'long' = 'medium',
) {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: style }).format(new Date(value));
}

export function formatTime(language: string, value: string | Date) {
  return new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'short' }).format(
    new Date(value),
  );
}

export function formatDateTime(language: string, value: string | Date) {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

export function formatNumber(language: string, value: number, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(localeOf(language), options).format(value);
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
    return new Intl.DisplayNames([localeOf(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
