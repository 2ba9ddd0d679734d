// A date as a desk officer types it, in the order the desk writes dates (31/12/2026 in Spain
// and the Arab world, 12/31/2026 in the Philippines), to and from the stored local day
// ("2026-12-31", see domain/localDay.ts). The order is the one Intl uses to show dates, so
// what the app prints and what it reads agree.

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Whether `value` is a stored local day ("2026-12-31"), not text still being typed. */
export const isLocalDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The order of day, month and year in the short dates of `locale`. */
export function dateOrderOf(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(2026, 11, 31));
  const order = parts
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type[0])
    .join('');
  return order === 'mdy' || order === 'ymd' ? order : 'dmy';
}

/** "2026-12-31" written in `order`: "31/12/2026", "12/31/2026" or "2026/12/31". */
export function formatDateText(day: string, order: DateOrder): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const [, y, m, d] = match;
  if (order === 'mdy') return `${m}/${d}/${y}`;
  if (order === 'ymd') return `${y}/${m}/${d}`;
  return `${d}/${m}/${y}`;
}

/** Arabic-Indic and Persian digits, as an Arabic keyboard types them, read as 0–9; the
 *  direction marks Intl puts in Arabic dates are dropped. */
function latinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c]/g, '');
}

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  const real =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

function splitParts(text: string, order: DateOrder): string[] {
  if (/^\d{8}$/.test(text)) {
    // Typed without separators: 31122026 (or 20261231 in year-first order).
    return order === 'ymd'
      ? [text.slice(0, 4), text.slice(4, 6), text.slice(6)]
      : [text.slice(0, 2), text.slice(2, 4), text.slice(4)];
  }
  return text.split(/[/.\-\s]+/);
}

/**
 * The local day a typed date stands for, or null when it is not a date. The year has four
 * digits (a birth year "85" could be 1985 or 2085); "2026-12-31" is read in any order, as
 * pasted from a file.
 */
export function parseDateText(typed: string, order: DateOrder): string | null {
  const text = latinDigits(typed).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = splitParts(text, order);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return null;
  const [first, second, third] = parts as [string, string, string];
  const [y, m, d] =
    order === 'ymd'
      ? [first, second, third]
      : order === 'mdy'
        ? [third, first, second]
        : [third, second, first];
  if (y.length !== 4 || m.length > 2 || d.length > 2) return null;
  return isoDay(Number(y), Number(m), Number(d));
}
