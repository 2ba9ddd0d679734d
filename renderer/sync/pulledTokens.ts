// Search tokens are derived from a record's names, phone and reference, and the catalogue merges
// records field by field: the tokens it holds may come from one desk while a name came from
// another. So the desk recomputes the tokens of every person and case it pulls, as its own write
// path would (features/people's repository), before storing them.
import {
  caseSearchTokens,
  personSearchTokens,
  type NamedPerson,
} from '../../domain/people/personTokens';

type Row = Record<string, unknown> & { id: string };

const isNamed = (row: Row | undefined): row is Row & NamedPerson =>
  !!row && typeof row.givenName === 'string' && typeof row.familyName === 'string';

/** The people rows with their tokens recomputed. */
export function withPersonTokens(rows: Row[]): Row[] {
  return rows.map((row) =>
    isNamed(row) ? { ...row, searchTokens: personSearchTokens(row) } : row,
  );
}

/**
 * The case rows with their tokens recomputed from their client and OFW: as pulled in the same
 * page (`pulledPeople`), else as this desk holds them (`readPeople`, in the page's transaction).
 */
export async function withCaseTokens(
  rows: Row[],
  pulledPeople: ReadonlyMap<string, Row>,
  readPeople: (ids: string[]) => Promise<ReadonlyMap<string, Row>>,
): Promise<Row[]> {
  const ids = new Set<string>();
  for (const row of rows)
    for (const id of [row.clientId, row.ofwId])
      if (typeof id === 'string' && !pulledPeople.has(id)) ids.add(id);
  const people = new Map<string, Row>(pulledPeople);
  if (ids.size > 0) for (const [id, person] of await readPeople([...ids])) people.set(id, person);
  return rows.map((row) => {
    if (typeof row.reference !== 'string') return row;
    // An anonymised case is found by its reference only (domain/retention).
    if (row.anonymisedAt) return { ...row, searchTokens: caseSearchTokens(row.reference, []) };
    const named = [row.clientId, row.ofwId]
      .map((id) => (typeof id === 'string' ? people.get(id) : undefined))
      .filter(isNamed);
    return { ...row, searchTokens: caseSearchTokens(row.reference, named) };
  });
}
