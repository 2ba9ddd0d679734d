// Dates as logbooks hold them: "2024-05-23", "12/5/2024" (day or month first: the file tells
// when one of its dates has a part above 12, else the officer chooses), "23 May 2024",
// "May 23, 2024", "23-may-24", "23 de mayo de 2024", "Mayo 23, 2024", "23 de maig de 2024".
import { foldText } from '../../search/normalize';

export type NumericOrder = 'dmy' | 'mdy';

/** Month names and abbreviations in English, Filipino, Spanish and Catalan (folded). */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'enero', 'ene', 'gener', 'gen'],
  ['february', 'feb', 'pebrero', 'peb', 'febrero', 'febrer'],
  ['march', 'mar', 'marso', 'marzo', 'marc'],
  ['april', 'apr', 'abril', 'abr'],
  ['may', 'mayo', 'maig'],
  ['june', 'jun', 'hunyo', 'hun', 'junio', 'juny'],
  ['july', 'jul', 'hulyo', 'hul', 'julio', 'juliol'],
  ['august', 'aug', 'agosto', 'ago', 'agost'],
  ['september', 'sep', 'sept', 'setyembre', 'set', 'septiembre', 'setembre'],
  ['october', 'oct', 'oktubre', 'okt', 'octubre'],
  ['november', 'nov', 'nobyembre', 'nob', 'noviembre', 'novembre'],
  ['december', 'dec', 'disyembre', 'dis', 'diciembre', 'dic', 'desembre', 'des'],
];
const MONTH_OF = new Map<string, number>();
MONTHS.forEach((names, index) => names.forEach((name) => MONTH_OF.set(name, index + 1)));

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Two-digit years in a logbook are this century's (a logbook is not older than 2000). */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/;

function withMonthName(text: string): string | null {
  const words = foldText(text)
    .split(/[\s,./-]+/)
    .filter((w) => w && w !== 'de' && w !== 'del' && w !== 'd');
  if (words.length !== 3) return null;
  const monthAt = words.findIndex((w) => MONTH_OF.has(w));
  if (monthAt < 0) return null;
  const month = MONTH_OF.get(words[monthAt]!)!;
  const rest = words.filter((_, i) => i !== monthAt);
  if (!rest.every((w) => /^\d+$/.test(w))) return null;
  const [a, b] = rest as [string, string];
  // "23 May 2024", "May 23, 2024" and "2024 May 23": the four-digit part is the year.
  if (a.length === 4) return isoDay(Number(a), month, Number(b));
  return isoDay(fullYear(b), month, Number(a));
}

/** The local day a logbook date stands for, or null when it is not a date. */
export function readLogbookDate(text: string, order: NumericOrder): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(trimmed);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const year = fullYear(numeric[3]!);
    return order === 'dmy' ? isoDay(year, second, first) : isoDay(year, first, second);
  }
  return withMonthName(trimmed);
}

export interface DateOrderVerdict {
  /** The order the file's numeric dates prove (a part above 12), or null. */
  proven: NumericOrder | null;
  /** Numeric dates that read differently day-first and month-first ("12/5/2024"). */
  ambiguous: number;
  /** Both orders are proven by different dates: the file mixes them. */
  mixed: boolean;
}

/** What the numeric dates of a column say about their order. */
export function judgeDateOrder(values: readonly string[]): DateOrderVerdict {
  let dayFirst = false;
  let monthFirst = false;
  let ambiguous = 0;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim());
    if (!match) continue;
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) monthFirst = true;
    else if (first !== second) ambiguous++;
  }
  const proven = dayFirst && !monthFirst ? 'dmy' : monthFirst && !dayFirst ? 'mdy' : null;
  return { proven, ambiguous, mixed: dayFirst && monthFirst };
}
