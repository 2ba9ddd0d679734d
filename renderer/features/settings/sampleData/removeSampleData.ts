// Removes all sample data in one step: every record marked `sample: true`, what was recorded on
// it afterwards (a note on a sample case, a consent or household link of a sample person), the
// sample summary, and the audit and outbox entries of all of these (a bulk write's shared
// entries once all its records have gone).
//
// This is a hard delete, the one exception to "records are tombstoned for sync" (docs/architecture.md):
// sample data is made up, never synced, and no other desk or server has a copy that a tombstone
// would need to reach; a tombstone per record would leave a million dead rows behind a 100,000-
// case benchmark. Nothing is *written* here: records are only ever written by the write path.
import { Dexie, type Table } from 'dexie';
import type { RecordTable } from '../../../../domain/records';
import type { TulayDatabase } from '../../../db';
import { SAMPLE_DATA_KEY } from './sampleManifest';

type Row = { id: string; sample?: boolean } & Record<string, unknown>;
const PAGE = 2_000;

/** Reads a table page by page in key order (getAll ranges, not a cursor per row). */
async function forEachPage(
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

/**
 * Deletes records with their audit trail and outbox entries, in one transaction. `ids` are in
 * key order, so their audit and outbox entries are read as one index range each (a merge join)
 * and deleted by primary key: far fewer round trips than looking each id up.
 */
async function purge(db: TulayDatabase, table: RecordTable, ids: string[]) {
  if (ids.length === 0) return;
  const wanted = new Set(ids);
  const [first, last] = [ids[0]!, ids[ids.length - 1]!];
  await db.transaction('rw', [db.table(table), db.audit, db.outbox], async () => {
    const audit = await db.audit
      .where('[table+recordId]')
      .between([table, first], [table, last], true, true)
      .toArray();
    const outbox = await db.outbox
      .where('[table+recordId+state]')
      .between([table, first, Dexie.minKey], [table, last, Dexie.maxKey], true, true)
      .toArray();
    await db.audit.bulkDelete(audit.filter((a) => wanted.has(a.recordId)).map((a) => a.id));
    await db.outbox.bulkDelete(outbox.filter((o) => wanted.has(o.recordId)).map((o) => o.id));
    await db.table(table).bulkDelete(ids);
  });
}

/**
 * How many records of each bulk write are removed. A bulk write has one audit and one outbox
 * entry for all its records; they go when every one of its records has gone.
 */
class BatchTally {
  private readonly removed = new Map<string, number>();

  count(row: Row) {
    if (typeof row.batchId === 'string') {
      this.removed.set(row.batchId, (this.removed.get(row.batchId) ?? 0) + 1);
    }
  }

  /** Deletes the audit and outbox entries of the bulk writes whose records have all gone. */
  async purgeEmptied(db: TulayDatabase) {
    const ids = [...this.removed.keys()];
    for (let i = 0; i < ids.length; i += PAGE) {
      const page = ids.slice(i, i + PAGE);
      await db.transaction('rw', [db.audit, db.outbox], async () => {
        const entries = await db.audit.bulkGet(page);
        const emptied = entries
          .filter((e) => e?.recordIds && this.removed.get(e.id) === e.recordIds.length)
          .map((e) => e!.id);
        await Promise.all([db.audit.bulkDelete(emptied), db.outbox.bulkDelete(emptied)]);
      });
    }
  }
}

/** The sample cases, and the people that real cases name. */
async function scanCases(db: TulayDatabase, tally: BatchTally) {
  const sample = new Set<string>();
  const named = new Set<string>();
  await forEachPage(db.table('cases'), (page) => {
    for (const row of page) {
      if (row.sample === true) {
        sample.add(row.id);
        tally.count(row);
      } else for (const id of [row.clientId, row.ofwId]) if (typeof id === 'string') named.add(id);
    }
  });
  return { sample, named };
}

/**
 * The sample people, except those a real case names: an officer practising may record a real
 * case for a sample client, and that case must not lose its client.
 */
async function samplePeople(db: TulayDatabase, keep: Set<string>, tally: BatchTally) {
  const ids = new Set<string>();
  await forEachPage(db.table('people'), (page) => {
    for (const row of page) {
      if (row.sample === true && !keep.has(row.id)) {
        ids.add(row.id);
        tally.count(row);
      }
    }
  });
  return ids;
}

/** What belongs to sample data besides the marked records: anything recorded on them later. */
function dependents(
  people: Set<string>,
  cases: Set<string>,
): [RecordTable, (row: Row) => boolean][] {
  const of = (set: Set<string>, value: unknown) => typeof value === 'string' && set.has(value);
  return [
    ['caseEvents', (r) => r.sample === true || of(cases, r.caseId)],
    ['consents', (r) => r.sample === true || of(cases, r.caseId) || of(people, r.personId)],
    [
      'households',
      (r) => r.sample === true || of(people, r.personId) || of(people, r.relatedPersonId),
    ],
  ];
}

export interface RemoveSampleOptions {
  /** Called with the number of records removed so far. */
  onProgress?: (removed: number) => void;
}

export async function removeSampleData(
  db: TulayDatabase,
  options: RemoveSampleOptions = {},
): Promise<number> {
  const tally = new BatchTally();
  const { sample: cases, named } = await scanCases(db, tally);
  const people = await samplePeople(db, named, tally);
  const belongs = dependents(people, cases);
  let removed = 0;
  const purgeIds = async (table: RecordTable, ids: string[]) => {
    await purge(db, table, ids);
    removed += ids.length;
    options.onProgress?.(removed);
  };
  for (const [table, test] of belongs) {
    await forEachPage(db.table(table), (page) => {
      const gone = page.filter(test);
      gone.forEach((row) => tally.count(row));
      return purgeIds(
        table,
        gone.map((r) => r.id),
      );
    });
  }
  for (const [table, ids] of [
    ['cases', [...cases]],
    ['people', [...people]],
  ] as const) {
    for (let i = 0; i < ids.length; i += PAGE) await purgeIds(table, ids.slice(i, i + PAGE));
  }
  await tally.purgeEmptied(db);
  const summary = await db.settings.get({ key: SAMPLE_DATA_KEY });
  if (summary) await purge(db, 'settings', [summary.id]);
  return removed;
}
