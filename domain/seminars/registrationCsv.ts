// Checks a registration list (rows of cells, the header first) before anything is written:
// each row becomes a registrant or a list of problems, each problem naming the column and an
// i18n key in the "seminars" namespace, so the preview can say what is wrong in the officer's
// language. Nothing here writes; the import takes only the rows without problems.
import { z } from 'zod';
import { isoDate } from '../records/meta';
import { CSV_FIELDS, mapHeader, type CsvField } from './csvColumns';
import { readDestination } from './destinations';
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
}

export interface RowProblem {
  column: CsvField;
  /** Key in the seminars namespace, e.g. "import.errors.badDate". */
  message: string;
}

export interface CheckedRow {
  /** Line in the file, the header being line 1. */
  line: number;
  /** The row's name as written, to point at the row in a list of problems. */
  name: string;
  registrant: Registrant | null;
  problems: RowProblem[];
}

export interface CheckedList {
  rows: CheckedRow[];
  unknownColumns: string[];
  /** Required columns the header does not have: nothing can be imported without them. */
  missingColumns: CsvField[];
}

const REQUIRED: readonly CsvField[] = ['givenName', 'familyName'];
const MAX_LENGTH: Partial<Record<CsvField, number>> = {
  givenName: 120,
  familyName: 120,
  middleName: 120,
  phone: 40,
  barangay: 120,
};

function checkBirthDate(text: string, today: string): string | null {
  if (!isoDate.safeParse(text).success) return 'import.errors.badDate';
  return text > today ? 'import.errors.futureDate' : null;
}

type Cells = Partial<Record<CsvField, string>>;

function problemsOf(cells: Cells, today: string): RowProblem[] {
  const problems: RowProblem[] = [];
  const add = (column: CsvField, message: string) => problems.push({ column, message });
  for (const column of REQUIRED) if (!cells[column]) add(column, 'import.errors.missingName');
  for (const [column, max] of Object.entries(MAX_LENGTH) as [CsvField, number][]) {
    if ((cells[column]?.length ?? 0) > max) add(column, 'import.errors.tooLong');
  }
  if (cells.birthDate) {
    const problem = checkBirthDate(cells.birthDate, today);
    if (problem) add('birthDate', problem);
  }
  if (cells.sex && readSex(cells.sex) === null) add('sex', 'import.errors.badSex');
  if (cells.destination && readDestination(cells.destination) === null)
    add('destination', 'import.errors.badDestination');
  if (cells.email && !z.email().safeParse(cells.email).success)
    add('email', 'import.errors.badEmail');
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
  };
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** `table`: the rows of the file as parsed (header first). `today`: YYYY-MM-DD. */
export function checkRegistrationList(table: readonly string[][], today: string): CheckedList {
  const [header = [], ...body] = table;
  const mapping = mapHeader(header);
  const present = new Set(mapping.fields.filter((f): f is CsvField => f !== null));
  const missingColumns = REQUIRED.filter((field) => !present.has(field));
  const rows: CheckedRow[] = [];
  body.forEach((row, index) => {
    if (isBlank(row)) return;
    const cells: Cells = {};
    mapping.fields.forEach((field, column) => {
      if (field) cells[field] = (row[column] ?? '').trim();
    });
    const problems = missingColumns.length > 0 ? [] : problemsOf(cells, today);
    rows.push({
      line: index + 2,
      name: [cells.givenName, cells.familyName].filter(Boolean).join(' '),
      registrant: problems.length === 0 && missingColumns.length === 0 ? registrantOf(cells) : null,
      problems,
    });
  });
  return { rows, unknownColumns: mapping.unknown, missingColumns };
}

export { CSV_FIELDS, type CsvField };
