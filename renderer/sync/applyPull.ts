// Writes one pulled page into the desk's database: every record of the page and the new cursor in
// one transaction, so a crash leaves either the whole page with its cursor or neither. The writes
// go straight to the tables, never through the write path: what came from the catalogue must not
// go back into the outbox. They pass the database's middleware, so the search index and the
// report counts see them when the transaction commits, and open lists (live queries) refresh.
// The page's conflicts are kept in the same transaction, for an officer to review.
import type { Table } from 'dexie';
import type { ConflictEntry, OutboxEntry } from '../../domain/records/internal';
import {
  LOCAL_ONLY_FIELDS,
  type Conflict,
  type PullResponse,
  type PulledRecord,
  type SyncTable,
} from '../../domain/sync';
import { readWholeInThisTransaction, type TulayDatabase } from '../db';
import { withCaseTokens, withPersonTokens } from './pulledTokens';
import { anonymiseFields, type AnonymisedTable } from '../../domain/retention/anonymise';
import { deferReportCounts, type DeferredCounts } from '../db/reportCounts';
import { currentZone, type Zone } from '../db/zone';
import { SlicePace, type Stopwatch, writeInSlices } from './writeInSlices';

export const PULL_CURSOR_ID = 'pull';

type Row = Record<string, unknown> & { id: string };

/**
 * The fields a pending local edit changed, which the pulled values must not overwrite
 * (DESIGN §5): the entry's fields with who and when, or the whole record for a bulk entry and a
 * record never synced (they are pushed whole).
 */
function locallyChanged(entries: readonly OutboxEntry[], local: Row): 'all' | Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    if (entry.recordIds !== undefined || entry.baseSeq === 0) return 'all';
    for (const field of entry.fields) names.add(field);
    names.add('updatedAt');
    names.add('updatedBy');
    if (local.deletedAt) names.add('deletedAt');
  }
  return names;
}

/**
 * A pulled record over the local one. Without pending edits the server's state is taken whole
 * (a field it no longer has is cleared); with them, the locally changed fields stay as they are.
 */
export function mergePulled(
  local: Row | undefined,
  pending: readonly OutboxEntry[],
  pulled: { id: string; seq: number; fields: Record<string, unknown> },
): Row {
  const server: Row = { id: pulled.id };
  for (const [name, value] of Object.entries(pulled.fields)) {
    if ((LOCAL_ONLY_FIELDS as readonly string[]).includes(name)) continue;
    if (value !== null) server[name] = value;
  }
  if (server.deletedAt === undefined) server.deletedAt = null;
  server.serverSeq = pulled.seq;
  if (!local || pending.length === 0) return server;
  const keep = locallyChanged(pending, local);
  const merged: Row = { ...server };
  for (const name of keep === 'all' ? Object.keys(local) : keep) {
    if (name === 'serverSeq' || name === 'id') continue;
    if (local[name] === undefined) delete merged[name];
    else merged[name] = local[name];
  }
  // The batch id stays on a record a bulk entry still stands for.
  if (local.batchId !== undefined) merged.batchId = local.batchId;
  return merged;
}

const ANONYMISED_TABLES: readonly string[] = ['people', 'cases', 'caseEvents', 'consents'];

/**
 * A record retention anonymised stays anonymised (domain/retention): a pulled copy from a desk
 * or a server that still holds its personal fields never brings them back, and a record another
 * desk anonymised loses them here too, a pending local edit included.
 */
export function keepAnonymised(table: string, local: Row | undefined, merged: Row): Row {
  if (!ANONYMISED_TABLES.includes(table)) return merged;
  const at = local?.anonymisedAt ?? merged.anonymisedAt;
  if (typeof at !== 'string') return merged;
  return anonymiseFields(table as AnonymisedTable, { ...merged, anonymisedAt: at }, at);
}

function pendingByRecord(entries: readonly OutboxEntry[], ids: ReadonlySet<string>) {
  const byRecord = new Map<string, OutboxEntry[]>();
  const add = (id: string, entry: OutboxEntry) => {
    if (!ids.has(id)) return;
    const list = byRecord.get(id);
    if (list) list.push(entry);
    else byRecord.set(id, [entry]);
  };
  for (const entry of entries) {
    if (entry.recordIds) for (const id of entry.recordIds) add(id, entry);
    else add(entry.recordId, entry);
  }
  return byRecord;
}

/**
 * A pulled conflict over the desk's copy: a settled one becomes resolved (keeping what this desk
 * chose, if it did); an open one stays as this desk left it once an officer chose a value here.
 */
export function mergeConflict(local: ConflictEntry | undefined, pulled: Conflict): ConflictEntry {
  if (pulled.resolvedAt !== null) return { ...local, ...pulled, state: 'resolved' };
  if (local && local.state !== 'open') return local;
  return { ...pulled, state: 'open' };
}

async function storeConflicts(db: TulayDatabase, zone: Zone, conflicts: readonly Conflict[]) {
  if (conflicts.length === 0) return;
  const locals = await zone(() => db.conflicts.bulkGet(conflicts.map((c) => c.id)));
  await zone(() => db.conflicts.bulkPut(conflicts.map((c, i) => mergeConflict(locals[i], c))));
}

/** At most this many rows are read to find a page's related records in one range of an index. */
const RANGE_ROWS = 5000;

/**
 * The cases whose client or OFW is one of `people`: one read of each index between the lowest
 * and the highest of their ids (ids are time-ordered, and a page's people are near each other)
 * when at most RANGE_ROWS lie there, else the index walked key by key.
 */
async function casesOfPeople(
  db: TulayDatabase,
  zone: Zone,
  people: readonly string[],
): Promise<Row[]> {
  const low = people.reduce((a, b) => (b < a ? b : a));
  const high = people.reduce((a, b) => (b > a ? b : a));
  const wanted = new Set(people);
  const ofIndex = async (index: string) => {
    const rows = (await zone(() =>
      db.cases.where(index).between(low, high, true, true).limit(RANGE_ROWS).toArray(),
    )) as unknown as Row[];
    return rows.length < RANGE_ROWS
      ? rows.filter((row) => wanted.has(row[index] as string))
      : ((await zone(() => db.cases.where(index).anyOf(people).toArray())) as unknown as Row[]);
  };
  const found = await Promise.all([ofIndex('clientId'), ofIndex('ofwId')]);
  return [...new Map(found.flat().map((row) => [row.id, row])).values()];
}

/**
 * A case's tokens hold its client's and OFW's names: when a pulled person's name or phone
 * changed, the cases of that person which the page does not carry are given their new tokens
 * here, as the desk's own write path does when a person is edited (desk-derived, no outbox).
 */
async function retokenCasesOf(
  db: TulayDatabase,
  zone: Zone,
  counts: DeferredCounts,
  pulledPeople: ReadonlyMap<string, Row>,
  related: readonly Row[],
  inPage: ReadonlySet<string>,
) {
  const others = related.filter((row) => !inPage.has(row.id));
  if (others.length === 0) return;
  const rows = await withCaseTokens(others, pulledPeople, (ids) => counts.read('people', ids));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changed = rows.filter((row, i) => !same(row.searchTokens, others[i]!.searchTokens));
  if (changed.length > 0) await zone(() => db.cases.bulkPut(changed as never[]));
}

/**
 * The anonymised cases (id → when) that pulled events or consents belong to: most were written
 * by the same page, whose rows the counts keep.
 */
async function anonymisedCasesOf(counts: DeferredCounts, records: readonly PulledRecord[]) {
  const ids = [
    ...new Set(
      records.flatMap((r) => (typeof r.fields.caseId === 'string' ? [r.fields.caseId] : [])),
    ),
  ];
  const cases = await counts.read('cases', ids);
  return new Map(
    [...cases.values()].flatMap((c) =>
      typeof c.anonymisedAt === 'string' ? [[c.id, c.anonymisedAt] as const] : [],
    ),
  );
}

/** At most this many ids are listed to tell which of a page's records the desk holds. */
const LISTED_IDS = 5000;

/**
 * The ids of `records` the table holds, from one list of the ids stored between the lowest and
 * the highest of them (ids are time-ordered, so a page's records are often near each other);
 * 'all' when more than LISTED_IDS lie between them, and each record is read.
 */
async function storedIds(
  table: Table,
  records: PullResponse['records'],
): Promise<ReadonlySet<string> | 'all'> {
  let low = records[0]!.id;
  let high = low;
  for (const { id } of records) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const listed = (await table
    .where(':id')
    .between(low, high, true, true)
    .limit(LISTED_IDS)
    .primaryKeys()) as string[];
  return listed.length >= LISTED_IDS ? 'all' : new Set(listed);
}

/** Writes the page and its cursor in one transaction; returns how many records it wrote. */
export async function applyPulledPage(db: TulayDatabase, page: PullResponse): Promise<number> {
  const tables = [...new Set(page.records.map((r) => r.table))];
  // Cases read their people to recompute their search tokens (pulledTokens.ts).
  const read: Table[] = tables.includes('cases') && !tables.includes('people') ? [db.people] : [];
  // Pulled people also change the tokens of their cases that the page does not hold; events and
  // consents of an anonymised case are anonymised too.
  const needsCases = ['people', 'caseEvents', 'consents'].some((t) =>
    tables.includes(t as SyncTable),
  );
  if (needsCases && !tables.includes('cases')) read.push(db.cases);
  const stores = [
    ...tables.map((t) => db.table(t)),
    ...read,
    db.outbox,
    db.syncState,
    db.conflicts,
  ];
  // The scope is a plain function that returns writePage's promise, not an async function: given
  // an async one, Dexie keeps its zone alive across native awaits by re-entering it from queued
  // microtasks ("zone echoes"), and every await of a Dexie request in that zone asks for more. A
  // page's thousands of awaits then ran as one chain of microtasks: a third of the main thread's
  // time, in tasks of 100 ms and more. writePage issues each request in the zone itself.
  return db.transaction('rw', stores, () => writePage(db, page, tables));
}

async function writePage(
  db: TulayDatabase,
  page: PullResponse,
  tables: readonly SyncTable[],
): Promise<number> {
  readWholeInThisTransaction(); // merged and written whole, whoever is signed in
  // Every request of the page is issued in its transaction's zone: a slice is prepared while
  // the last is stored, and the native awaits in between lose the zone Dexie would follow.
  const zone = currentZone();
  // The page's report counts are written once, at its end, and its records in slices.
  const counts = deferReportCounts(db);
  const ids = new Set(page.records.map((r) => r.id));
  const byTable = new Map<SyncTable, PullResponse['records']>();
  // People first: the page's cases take their tokens from the page's people.
  if (tables.includes('people')) byTable.set('people', []);
  for (const record of page.records) {
    const list = byTable.get(record.table);
    if (list) list.push(record);
    else byTable.set(record.table, [record]);
  }
  // What the page reads before its writes, asked for at once: the pending edits; the ids of
  // its records each table holds (on a first sync, none), so that only those are read; the
  // cases of its people that it does not carry (no write of the page changes those).
  const people = byTable.get('people')?.map((r) => r.id) ?? [];
  const [entries, storedByTable, related] = await zone(() =>
    Promise.all([
      db.outbox.toArray(),
      Promise.all([...byTable].map(([table, records]) => storedIds(db.table(table), records))),
      people.length > 0 ? casesOfPeople(db, zone, people) : [],
    ]),
  );
  const pending = pendingByRecord(entries, ids);
  const pulledPeople = new Map<string, Row>();
  for (const [i, [table, records]] of [...byTable].entries()) {
    // Only the records this desk holds are read, each slice's before it is written: a page's
    // thousand reads at once were one long task of answers.
    const stored = storedByTable[i]!;
    // Each table its own pace: a slice of events is cheaper than one of cases.
    const pace = new SlicePace();
    const prepare = async (slice: readonly PulledRecord[], _from: number, watch: Stopwatch) => {
      // Read through the counts, which keep them for their "before" values; those the table
      // did not hold are not read (unless this page wrote them: a second copy of a record).
      const byId = await counts.read(
        table,
        slice.map((r) => r.id),
        (id) => stored === 'all' || stored.has(id),
      );
      const anonymisedCases =
        table === 'caseEvents' || table === 'consents'
          ? await anonymisedCasesOf(counts, slice)
          : new Map<string, string>();
      const merged = watch.time(() =>
        slice.map((record) => {
          const local = byId.get(record.id);
          const row = mergePulled(local, pending.get(record.id) ?? [], record);
          // A record of an anonymised case (a note another desk added before the run reached it).
          const caseAt = anonymisedCases.get(row.caseId as string);
          return keepAnonymised(table, caseAt ? { id: row.id, anonymisedAt: caseAt } : local, row);
        }),
      );
      if (table === 'people') {
        const rows = watch.time(() => withPersonTokens(merged));
        rows.forEach((row) => pulledPeople.set(row.id, row));
        return rows;
      }
      if (table === 'cases')
        return withCaseTokens(merged, pulledPeople, (ids) => counts.read('people', ids));
      return merged;
    };
    await writeInSlices(records, pace, prepare, (rows, watch) =>
      watch.time(() => zone(() => db.table(table).bulkPut(rows))),
    );
  }
  await retokenCasesOf(db, zone, counts, pulledPeople, related, ids);
  await storeConflicts(db, zone, page.conflicts);
  await counts.write();
  await zone(() =>
    db.syncState.put({
      id: PULL_CURSOR_ID,
      cursor: page.nextCursor,
      updatedAt: new Date().toISOString(),
    }),
  );
  return page.records.length;
}

export async function readCursor(db: TulayDatabase): Promise<number> {
  return (await db.syncState.get(PULL_CURSOR_ID))?.cursor ?? 0;
}
