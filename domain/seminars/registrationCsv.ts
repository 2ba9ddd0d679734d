// Checks a registration list (rows of cells with their line in the file) before anything is
// written: finds the header row, reads each column by its header or by the officer's choice,
// turns each row into a registrant or a list of problems (each naming the column, the value and
// an i18n key in the "seminars" namespace), and judges whether the file is a registration list
// at all. Nothing here writes; the import takes only the rows without problems.
import { z } from 'zod';
import { isoDate } from '../records/meta';
import {
  CSV_FIELDS,
  mapHeader,
  recogniseColumn,
  type ColumnChoice,
  type ColumnSource,
  type CsvField,
} from './csvColumns';
import { readDestination } from './destinations';
import { describeColumns, splitTable } from '../spreadsheet/headerColumns';
import { judgeList, type ListVerdict } from './listVerdict';
import { readSex, type Sex } from './sexValues';

export interface Registrant {
  givenName: string;
  familyName: string;
  middleName?: string | undefined;
  sex: Sex;
  birthDate?: string | undefined;
  phone?: string | undefined;
  barangay?: string | undefined;
  email?: string | undefined;
  /** ISO 3166 code. */
  destination?: string | undefined;
  /** The work the person is going abroad for, as written. */
  occupation?: string | undefined;
}

/** One row of the file as parsed: its cells, and the line of the file it starts on. */
export interface SourceRow {
  line: number;
  cells: readonly string[];
}

export interface RowProblem {
  column: CsvField;
  /** Key in the seminars namespace, e.g. "import.errors.badDate". */
  message: string;
  /** The cell as written, when the problem is what it says. */
  value?: string;
}

export interface CheckedRow {
  /** The line of the file the row starts on (1 is the first line of the file). */
  line: number;
  /** The row's name as written, to point at the row in a list of problems. */
  name: string;
  registrant: Registrant | null;
  problems: RowProblem[];
}

export interface ColumnInfo {
  index: number;
  /** The header cell as written. */
  header: string;
  field: CsvField | null;
  source: ColumnSource;
  /** The first non-empty value under the header, to help the officer tell what it holds. */
  sample: string;
}

export interface CheckedList {
  /** The line of the header row (title lines above it are skipped). */
  headerLine: number;
  columns: ColumnInfo[];
  rows: CheckedRow[];
  unknownColumns: string[];
  /** Required columns the list has no column for: nothing can be imported without them. */
  missingColumns: CsvField[];
  verdict: ListVerdict;
}

export const REQUIRED_FIELDS: readonly CsvField[] = ['givenName', 'familyName'];
const MAX_LENGTH: Partial<Record<CsvField, number>> = {
  givenName: 120,
  familyName: 120,
  middleName: 120,
  phone: 40,
  barangay: 120,
  occupation: 120,
};

type Cells = Partial<Record<CsvField, string>>;

function problemsOf(cells: Cells, today: string): RowProblem[] {
  const problems: RowProblem[] = [];
  const add = (column: CsvField, message: string, value?: string) =>
    problems.push(value === undefined ? { column, message } : { column, message, value });
  for (const column of REQUIRED_FIELDS)
    if (!cells[column]) add(column, 'import.errors.missingName');
  for (const [column, max] of Object.entries(MAX_LENGTH) as [CsvField, number][]) {
    if ((cells[column]?.length ?? 0) > max) add(column, 'import.errors.tooLong');
  }
  const { birthDate, sex, destination, email } = cells;
  if (birthDate && !isoDate.safeParse(birthDate).success)
    add('birthDate', 'import.errors.badDate', birthDate);
  else if (birthDate && birthDate > today) add('birthDate', 'import.errors.futureDate', birthDate);
  if (sex && readSex(sex) === null) add('sex', 'import.errors.badSex', sex);
  if (destination && readDestination(destination) === null)
    add('destination', 'import.errors.badDestination', destination);
  if (email && !z.email().safeParse(email).success) add('email', 'import.errors.badEmail', email);
  return problems;
}

function registrantOf(cells: Cells): Registrant {
  return {
    givenName: cells.givenName!,
    familyName: cells.familyName!,
    middleName: cells.middleName || undefined,
    sex: readSex(cells.sex ?? '') ?? 'unknown',
    birthDate: cells.birthDate || undefined,
    phone: cells.phone || undefined,
    barangay: cells.barangay || undefined,
    email: cells.email || undefined,
    destination: readDestination(cells.destination ?? '') ?? undefined,
    occupation: cells.occupation || undefined,
  };
}

function columnsOf(header: readonly string[], body: readonly SourceRow[], choices: Choices) {
  const mapping = mapHeader(header, choices);
  return { mapping, columns: describeColumns(header, body, mapping) };
}

type Choices = ReadonlyMap<number, ColumnChoice>;

/**
 * `table`: the rows of the file as parsed. `today`: YYYY-MM-DD. `choices`: what the officer
 * said some columns hold (column index → field or "ignore").
 */
export function checkRegistrationList(
  table: readonly SourceRow[],
  today: string,
  choices: Choices = new Map(),
): CheckedList {
  const { header, headerLine, body } = splitTable(table, recogniseColumn);
  const { mapping, columns } = columnsOf(header, body, choices);
  const present = new Set(mapping.fields.filter((f): f is CsvField => f !== null));
  const missingColumns = REQUIRED_FIELDS.filter((field) => !present.has(field));
  const rows = body.map((row): CheckedRow => {
    const cells: Cells = {};
    mapping.fields.forEach((field, column) => {
      if (field) cells[field] = (row.cells[column] ?? '').trim();
    });
    const problems = missingColumns.length > 0 ? [] : problemsOf(cells, today);
    return {
      line: row.line,
      name: [cells.givenName, cells.familyName].filter(Boolean).join(' '),
      registrant: problems.length === 0 && missingColumns.length === 0 ? registrantOf(cells) : null,
      problems,
    };
  });
  return {
    headerLine,
    columns,
    rows,
    unknownColumns: mapping.unknown,
    missingColumns,
    verdict: judgeList(columns, rows, missingColumns.length > 0),
  };
}

export { CSV_FIELDS, type CsvField, type ListVerdict };
