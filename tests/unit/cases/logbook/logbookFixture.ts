// Generated logbooks, messy as desks keep them: the same OFW on many rows, three date styles,
// free-text problem types and statuses, country names and abbreviations, and bad rows whose
// reason is known, so a test can say how many cases, people and refusals an import must give.
import ofwLabelsCa from '../../../../locales/ca/presets.json';
import ofwLabelsAr from '../../../../locales/ar/presets.json';
import ofwLabelsEn from '../../../../locales/en/presets.json';
import ofwLabelsEs from '../../../../locales/es/presets.json';
import ofwLabelsFil from '../../../../locales/fil/presets.json';
import { checkLogbook, columnValues } from '../../../../domain/cases/logbook/checkLogbook';
import { judgeDateOrder } from '../../../../domain/cases/logbook/logbookDates';
import { guessValueMapping, VALUE_KINDS } from '../../../../domain/cases/logbook/logbookValues';
import type { SourceRow } from '../../../../domain/seminars/registrationCsv';
import { presetValueOptions } from '../../../../domain/cases/logbook/presetOptions';
import { getPreset } from '../../../../domain/presets';

export const ofwPreset = getPreset('ofw-ph');
export const ofwOptions = presetValueOptions(ofwPreset, [
  ofwLabelsEn,
  ofwLabelsFil,
  ofwLabelsEs,
  ofwLabelsCa,
  ofwLabelsAr,
]);

const GIVEN = [
  'Maria',
  'Jose',
  'Ana',
  'Pedro',
  'Rosa',
  'Juan',
  'Liza',
  'Mark',
  'Joy',
  'Ramon',
  'Nena',
  'Carlo',
  'Peña',
  'Iñigo',
];
const FAMILY = [
  'Dela Cruz',
  'Santos',
  'Reyes',
  'Garcia',
  'Mendoza',
  'Bautista',
  'Villanueva',
  'Aquino',
  'Ramos',
  'Castillo',
  'Navarro',
  'Torres',
  'Salazar',
  'Ocampo',
  'Muñoz',
  'Lim',
  'Tan',
  'Domingo',
  'Pascual',
  'Soriano',
  'Valdez',
  'Rivera',
  'Flores',
  'Gonzales',
];
const SECOND = ['', 'Luz', 'Mae', 'Grace', 'Paz'];
const PROBLEMS = [
  'Repat',
  'unpaid salary',
  'Maltreatment',
  'Passport',
  'missing',
  'Death',
  'Tulong pinansiyal',
];
const STATUSES = ['Open', 'Closed', 'ongoing', '', 'Referred'];
const COUNTRIES = ['KSA', 'UAE', 'Saudi', 'Qatar', 'Hong Kong', '', 'Kuwait'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Row (modulo 40) → the flaw it is given, as the reason the import must give. */
const FLAWS: Record<number, string> = {
  7: 'problems.missingName',
  17: 'problems.badDate',
  27: 'problems.unmapped',
  37: 'problems.futureDate',
};

export type DateStyle = 'iso' | 'dmy' | 'named';
export interface GeneratedLogbook {
  header: string[];
  rows: string[][];
  /** Rows that must be refused, and why (key of the logbook namespace). */
  bad: Map<number, string>;
  /** Distinct people the valid rows name. */
  people: number;
  valid: number;
}

function dateText(day: number, month: number, year: number, style: DateStyle) {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (style === 'iso') return `${year}-${pad(month)}-${pad(day)}`;
  if (style === 'dmy') return `${day}/${month}/${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `count` rows about `count / 4` people; every 40th row is bad in one of four ways. */
export function generateLogbook(
  count: number,
  header: string[],
  styles: DateStyle[],
): GeneratedLogbook {
  const rows: string[][] = [];
  const bad = new Map<number, string>();
  const people = new Set<string>();
  const pool = Math.max(1, Math.floor(count / 4));
  for (let i = 0; i < count; i++) {
    const p = (i * 7919) % pool;
    const second = SECOND[Math.floor(p / (GIVEN.length * FAMILY.length)) % SECOND.length];
    const given = [GIVEN[p % GIVEN.length], second].filter(Boolean).join(' ');
    const name = `${given} ${FAMILY[Math.floor(p / GIVEN.length) % FAMILY.length]}`;
    const phone = p % 3 === 0 && i % 2 === 0 ? `0917 ${String(1000000 + p).slice(1)}` : '';
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    let date = dateText(day, month, 2024, styles[i % styles.length]!);
    let fullName = name;
    let problem = PROBLEMS[i % PROBLEMS.length]!;
    const flaw = FLAWS[i % 40];
    if (flaw === 'problems.missingName') fullName = '';
    else if (flaw === 'problems.badDate') date = '31/02/2024';
    else if (flaw === 'problems.unmapped') problem = 'ask the mayor';
    else if (flaw === 'problems.futureDate') date = '2099-01-01';
    if (flaw) bad.set(i, flaw);
    else people.add(name);
    const fields = [
      `${i + 1}`,
      date,
      fullName,
      phone,
      COUNTRIES[i % COUNTRIES.length]!,
      problem,
      STATUSES[i % STATUSES.length]!,
      `Case note ${i + 1}: ${problem}`,
    ];
    rows.push(fields);
  }
  return { header, rows, bad, people: people.size, valid: count - bad.size };
}

/** A generated logbook as the CSV text a spreadsheet would save. */
export function logbookText(book: GeneratedLogbook, delimiter = ',') {
  const quote = (cell: string) =>
    cell.includes(delimiter) || cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell;
  return [book.header, ...book.rows].map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

/** Windows-1252 bytes of a text (Latin letters with accents; the fixture writes no others). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in Windows-1252: ${c}`);
      return code;
    }),
  );
}

/** English headers as a desk writes them. */
export const ENGLISH = [
  'Ref No',
  'Date',
  'Name of OFW',
  'Contact No.',
  'Country',
  'Type of Problem',
  'Status',
  'Remarks/Notes',
];

/** The settings an officer who accepts every guess imports with (day first when unproven). */
export function guessedSettings(table: readonly SourceRow[], today: string) {
  const values = guessValueMapping(
    Object.fromEntries(VALUE_KINDS.map((kind) => [kind, columnValues(table, kind)])),
    ofwOptions,
  );
  const order = judgeDateOrder(columnValues(table, 'openedDate')).proven ?? 'dmy';
  return { order, values, initialStatus: 'new', defaultRole: 'ofwLandBased', today };
}

/** A table checked with the guessed settings. */
export const checkGuessed = (table: readonly SourceRow[], today: string) =>
  checkLogbook(table, guessedSettings(table, today));
