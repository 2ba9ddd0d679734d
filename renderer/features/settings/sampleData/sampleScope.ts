// Which records removing the sample data takes: every record marked `sample: true`, and what
// was recorded on sample data afterwards by an officer practising (a note on a sample case, a
// consent or household link of a sample person, a sample person's registration in a real
// seminar, anyone's registration in a sample seminar). Sample people that a real case names
// stay, so the real case keeps its client. Stakeholders are never sample data, so their links
// are not touched. Read inside the removal's transaction.
import type { Table } from 'dexie';
import type { RecordTable } from '../../../../domain/records';
import type { TulayDatabase } from '../../../db';

export type Row = { id: string; sample?: boolean; serverSeq?: number } & Record<string, unknown>;
const PAGE = 2_000;

/** Reads a table page by page in key order (getAll ranges, not a cursor per row). */
export async function forEachPage(
  table: Table<Row, string>,
  visit: (page: Row[]) => void | Promise<void>,
) {
  let last: string | undefined;
  for (;;) {
    const range = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const page = await range.limit(PAGE).toArray();
    if (page.length === 0) return;
    last = page[page.length - 1]!.id;
    await visit(page);
  }
}

/** What removal needs of a record: its id and the bulk write that created it. */
export type RowKey = Pick<Row, 'id' | 'batchId' | 'sample'>;

/** The sample records of the tables sample data is made of, in key order. */
export interface SampleScope {
  cases: RowKey[];
  people: RowKey[];
  seminars: RowKey[];
}

async function sampleRows(db: TulayDatabase, table: RecordTable, keep = new Set<string>()) {
  const rows: RowKey[] = [];
  await forEachPage(db.table(table), (page) => {
    for (const { id, batchId, sample } of page)
      if (sample === true && !keep.has(id)) rows.push({ id, batchId, sample });
  });
  return rows;
}

/** The people that real cases name: kept even when they are sample people. */
async function namedByRealCases(db: TulayDatabase) {
  const named = new Set<string>();
  await forEachPage(db.table('cases'), (page) => {
    for (const row of page) {
      if (row.sample === true) continue;
      for (const id of [row.clientId, row.ofwId]) if (typeof id === 'string') named.add(id);
    }
  });
  return named;
}

export async function readSampleScope(db: TulayDatabase): Promise<SampleScope> {
  const cases = await sampleRows(db, 'cases');
  const people = await sampleRows(db, 'people', await namedByRealCases(db));
  const seminars = await sampleRows(db, 'seminars');
  return { cases, people, seminars };
}

/** The tables whose rows depend on sample records, with the test that says which rows. */
export function dependents(scope: SampleScope): [RecordTable, (row: Row) => boolean][] {
  const ids = (rows: RowKey[]) => new Set(rows.map((r) => r.id));
  const [people, cases, seminars] = [ids(scope.people), ids(scope.cases), ids(scope.seminars)];
  const of = (set: Set<string>, value: unknown) => typeof value === 'string' && set.has(value);
  return [
    ['caseEvents', (r) => r.sample === true || of(cases, r.caseId)],
    ['consents', (r) => r.sample === true || of(cases, r.caseId) || of(people, r.personId)],
    [
      'households',
      (r) => r.sample === true || of(people, r.personId) || of(people, r.relatedPersonId),
    ],
    ['attendance', (r) => r.sample === true || of(seminars, r.seminarId) || of(people, r.personId)],
  ];
}

/** True when a form draft names one of `ids` anywhere in what was typed or picked. */
export function draftNames(values: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof values === 'string') return ids.has(values);
  if (Array.isArray(values)) return values.some((v) => draftNames(v, ids));
  if (values && typeof values === 'object')
    return Object.values(values).some((v) => draftNames(v, ids));
  return false;
}
