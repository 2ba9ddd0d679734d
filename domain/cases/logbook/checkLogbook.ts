// Checks a logbook (rows of cells with their line in the file) before anything is written: finds
// the header row, reads each column by its header or the officer's choice, and turns each row
// into a case entry or the reasons it cannot be imported (i18n keys of the "logbook" namespace,
// with the value as written). Nothing here writes.
import type { SourceRow } from '../../seminars/registrationCsv';
import { readSex, type Sex } from '../../seminars/sexValues';
import { describeColumns, splitTable, type ColumnSource } from '../../spreadsheet/headerColumns';
import { readLogbookDate, type NumericOrder } from './logbookDates';
import {
  LOGBOOK_FIELDS,
  mapLogbookHeader,
  recogniseLogbookColumn,
  type LogbookChoice,
  type LogbookField,
} from './logbookColumns';
import { splitFullName } from './logbookNames';
import { valueKey, type ValueKind, type ValueMapping } from './logbookValues';

export interface LogbookPerson {
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate?: string | undefined;
  phone?: string | undefined;
  barangay?: string | undefined;
}

export interface LogbookEntry {
  line: number;
  person: LogbookPerson;
  /** The day the case was opened (YYYY-MM-DD). */
  openedDate: string;
  /** The logbook's own reference, as written, when it has one. */
  reference?: string | undefined;
  category: string;
  status: string;
  clientRole: string;
  /** ISO 3166 code of the country of work (or of origin, on a migrant desk). */
  country?: string | undefined;
  description: string;
}

export interface LogbookProblem {
  field: LogbookField;
  /** Key in the logbook namespace, e.g. "problems.badDate". */
  reason: string;
  value?: string;
}

export interface LogbookRow {
  line: number;
  /** The name as written, to point at the row. */
  name: string;
  /** The row's cells as written (for the file of refused rows). */
  cells: readonly string[];
  entry: LogbookEntry | null;
  problems: LogbookProblem[];
}

export interface LogbookColumn {
  index: number;
  header: string;
  field: LogbookField | null;
  source: ColumnSource;
  sample: string;
}

export interface CheckedLogbook {
  header: readonly string[];
  columns: LogbookColumn[];
  rows: LogbookRow[];
  /** What a logbook needs and the file has no column for: a name and a date and a problem. */
  missing: ('name' | 'openedDate' | 'category')[];
}

export interface LogbookSettings {
  order: NumericOrder;
  values: ValueMapping;
  /** The preset's status for a row without one, and the role for a row without a relation. */
  initialStatus: string;
  defaultRole: string;
  /** YYYY-MM-DD. */
  today: string;
  choices?: ReadonlyMap<number, LogbookChoice>;
}

type Cells = Partial<Record<LogbookField, string>>;
const MAX = { name: 120, phone: 40, barangay: 120, description: 8000 };

function nameOf(cells: Cells) {
  if (cells.givenName || cells.familyName)
    return { givenName: cells.givenName ?? '', familyName: cells.familyName ?? '' };
  return splitFullName(cells.fullName ?? '');
}

function mapped(settings: LogbookSettings, kind: ValueKind, value: string | undefined) {
  return value ? settings.values[kind].get(valueKey(value)) : undefined;
}

function check(cells: Cells, settings: LogbookSettings, line: number) {
  const problems: LogbookProblem[] = [];
  const add = (field: LogbookField, reason: string, value?: string) =>
    problems.push(value === undefined ? { field, reason } : { field, reason, value });
  const name = nameOf(cells);
  if (!name.givenName || !name.familyName)
    add(cells.fullName ? 'fullName' : 'familyName', 'problems.missingName', cells.fullName);
  if (name.givenName.length > MAX.name || name.familyName.length > MAX.name)
    add('fullName', 'problems.tooLong');
  const openedDate = cells.openedDate ? readLogbookDate(cells.openedDate, settings.order) : null;
  if (!cells.openedDate) add('openedDate', 'problems.missingDate');
  else if (!openedDate) add('openedDate', 'problems.badDate', cells.openedDate);
  else if (openedDate > settings.today) add('openedDate', 'problems.futureDate', cells.openedDate);
  const birthDate = cells.birthDate ? readLogbookDate(cells.birthDate, settings.order) : undefined;
  if (birthDate === null || (birthDate && birthDate > settings.today))
    add('birthDate', 'problems.badDate', cells.birthDate);
  const category = mapped(settings, 'category', cells.category);
  if (!cells.category) add('category', 'problems.missingCategory');
  else if (!category) add('category', 'problems.unmapped', cells.category);
  const status = cells.status ? mapped(settings, 'status', cells.status) : settings.initialStatus;
  if (!status) add('status', 'problems.unmapped', cells.status);
  const role = cells.relationship
    ? mapped(settings, 'relationship', cells.relationship)
    : settings.defaultRole;
  if (!role) add('relationship', 'problems.unmapped', cells.relationship);
  const country = mapped(settings, 'country', cells.country);
  if (cells.country && !country) add('country', 'problems.unmapped', cells.country);
  const sex = cells.sex ? readSex(cells.sex) : 'unknown';
  if (!sex) add('sex', 'problems.unmapped', cells.sex);
  if ((cells.phone?.length ?? 0) > MAX.phone) add('phone', 'problems.tooLong');
  if ((cells.barangay?.length ?? 0) > MAX.barangay) add('barangay', 'problems.tooLong');
  const description = cells.description || cells.category || '';
  if (description.length > MAX.description) add('description', 'problems.tooLong');
  if (problems.length > 0) return { problems, entry: null };
  const entry: LogbookEntry = {
    line,
    person: {
      ...name,
      sex: sex!,
      birthDate: birthDate || undefined,
      phone: cells.phone || undefined,
      barangay: cells.barangay || undefined,
    },
    openedDate: openedDate!,
    reference: cells.reference || undefined,
    category: category!,
    status: status!,
    clientRole: role!,
    country: country || undefined,
    description,
  };
  return { problems, entry };
}

function missingOf(present: ReadonlySet<LogbookField>): CheckedLogbook['missing'] {
  const missing: CheckedLogbook['missing'] = [];
  const hasName =
    present.has('fullName') || (present.has('givenName') && present.has('familyName'));
  if (!hasName) missing.push('name');
  if (!present.has('openedDate')) missing.push('openedDate');
  if (!present.has('category')) missing.push('category');
  return missing;
}

/** The header and body of a table (title lines above the header skipped). */
export const splitLogbook = (table: readonly SourceRow[]) =>
  splitTable(table, recogniseLogbookColumn);

/** The cells of one column, as written, for the value mapping and the date order. */
export function columnValues(
  table: readonly SourceRow[],
  field: LogbookField,
  choices: ReadonlyMap<number, LogbookChoice> = new Map(),
): string[] {
  const { header, body } = splitLogbook(table);
  const index = mapLogbookHeader(header, choices).fields.indexOf(field);
  return index < 0 ? [] : body.map((row) => (row.cells[index] ?? '').trim());
}

export function checkLogbook(
  table: readonly SourceRow[],
  settings: LogbookSettings,
): CheckedLogbook {
  const { header, body } = splitLogbook(table);
  const mapping = mapLogbookHeader(header, settings.choices);
  const columns = describeColumns(header, body, mapping);
  const missing = missingOf(new Set(mapping.fields.filter((f): f is LogbookField => f !== null)));
  const rows =
    missing.length > 0
      ? []
      : body.map((row): LogbookRow => {
          const cells: Cells = {};
          mapping.fields.forEach((field, column) => {
            if (field) cells[field] = (row.cells[column] ?? '').trim();
          });
          const { problems, entry } = check(cells, settings, row.line);
          const name =
            cells.fullName || [cells.givenName, cells.familyName].filter(Boolean).join(' ');
          return { line: row.line, name, cells: row.cells, entry, problems };
        });
  return { header, columns, rows, missing };
}

export { LOGBOOK_FIELDS };
