// Reading a spreadsheet's header row: each column's field, recognised from header names in any
// case, with or without spaces, accents, hyphens, underscores or Arabic vowel marks; the officer's
// choices (column index → field, or "ignore") win over what the header says. Shared by the
// seminar registration list and the case logbook import.
import { foldText } from '../search/normalize';

export type ColumnSource = 'recognised' | 'chosen' | 'ignored' | 'unknown' | 'repeated' | 'empty';

export interface HeaderMapping<F extends string> {
  /** Column index → field read from it. */
  fields: (F | null)[];
  /** Why each column is read (or not): by its header, by the officer's choice, … */
  sources: ColumnSource[];
  /** Header cells that name no known column and that the officer has not decided, as written. */
  unknown: string[];
  /** Fields named by more than one column (only the first is read). */
  repeated: F[];
}

/** "Given name", "given_name", "GIVENNAME", "Mobile No." → one key each. */
export const headerKey = (text: string) =>
  foldText(text.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/ /g, '');

export function columnReader<F extends string>(
  fields: readonly F[],
  names: Readonly<Record<F, readonly string[]>>,
) {
  const fieldOf = new Map<string, F>();
  for (const field of fields) {
    fieldOf.set(headerKey(field), field);
    for (const name of names[field]) fieldOf.set(headerKey(name), field);
  }
  /** The field a header cell names, or null. */
  const recogniseColumn = (cell: string): F | null => {
    const key = headerKey(cell);
    return key === '' ? null : (fieldOf.get(key) ?? null);
  };
  /** Reads the header row; `choices` (column index → choice) are the officer's, and win. */
  const mapHeader = (
    header: readonly string[],
    choices: ReadonlyMap<number, F | 'ignore'> = new Map(),
  ): HeaderMapping<F> => mapWith(recogniseColumn, header, choices);
  return { recogniseColumn, mapHeader };
}

function mapWith<F extends string>(
  recognise: (cell: string) => F | null,
  header: readonly string[],
  choices: ReadonlyMap<number, F | 'ignore'>,
): HeaderMapping<F> {
  const claimed = new Set<F>();
  for (const choice of choices.values()) if (choice !== 'ignore') claimed.add(choice);
  const mapping: HeaderMapping<F> = { fields: [], sources: [], unknown: [], repeated: [] };
  const seen = new Set<F>();
  const read = (field: F, source: ColumnSource) => {
    if (seen.has(field)) {
      mapping.repeated.push(field);
      return [null, 'repeated'] as const;
    }
    seen.add(field);
    return [field, source] as const;
  };
  header.forEach((cell, index) => {
    const choice = choices.get(index);
    let result: readonly [F | null, ColumnSource];
    if (choice === 'ignore') result = [null, 'ignored'];
    else if (choice) result = read(choice, 'chosen');
    else if (cell.trim() === '') result = [null, 'empty'];
    else {
      const field = recognise(cell);
      if (!field) mapping.unknown.push(cell.trim());
      // A field the officer gave to another column is not read twice from the header.
      if (field && claimed.has(field)) result = [null, 'repeated'];
      else result = field ? read(field, 'recognised') : [null, 'unknown'];
    }
    mapping.fields.push(result[0]);
    mapping.sources.push(result[1]);
  });
  return mapping;
}

interface TableRow {
  line: number;
  cells: readonly string[];
}

const isBlank = (row: TableRow) => row.cells.every((cell) => cell.trim() === '');

/**
 * A table's header row and the rows below it, blank rows left out. Lines above the header are a
 * title ("PDOS — list of registrants"): the header is the first of the first rows that names at
 * least two known columns, else simply the first row.
 */
export function splitTable<R extends TableRow>(
  table: readonly R[],
  recognise: (cell: string) => string | null,
) {
  const filled = table.filter((row) => !isBlank(row));
  const found = filled
    .slice(0, 10)
    .findIndex((row) => new Set(row.cells.map(recognise).filter(Boolean)).size >= 2);
  const at = Math.max(found, 0);
  return {
    header: filled[at]?.cells ?? [],
    headerLine: filled[at]?.line ?? 1,
    body: filled.slice(at + 1),
  };
}

/** Each column of a table: its header as written, what it is read as and why, a sample value. */
export function describeColumns<F extends string>(
  header: readonly string[],
  body: readonly TableRow[],
  mapping: HeaderMapping<F>,
) {
  return header.map((cell, index) => ({
    index,
    header: cell.trim(),
    field: mapping.fields[index] ?? null,
    source: mapping.sources[index] ?? 'empty',
    sample: body.find((row) => row.cells[index]?.trim())?.cells[index]?.trim() ?? '',
  }));
}
