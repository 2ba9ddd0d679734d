// Removes all sample data in one step and in one transaction: the sample records, what was
// recorded on them afterwards (sampleScope.ts), their audit and outbox entries (a bulk write's
// shared entries once all its records have gone), the drafts that name them and the sample
// summary; a place a sample person held in a real seminar goes to its waitlist. If anything
// fails, nothing is removed: no real seminar is left with a registration of a person who no
// longer exists.
//
// This is a hard delete, the one exception to "records are tombstoned for sync"
// (docs/architecture.md): sample data is made up, never synced, and no other desk or server has
// a copy that a tombstone would need to reach; a tombstone per record would leave a million
// dead rows behind a 100,000-case benchmark. A dependent record that a server already holds
// (a real record with a serverSeq) is the exception: it is deleted through the write path, so
// that its deletion is audited and queued like any other.
import { Dexie } from 'dexie';
import type { RecordTable } from '../../../../domain/records';
import type { AuditEntry } from '../../../../domain/records/internal';
import { promotions } from '../../../../domain/seminars/capacity';
import {
  deleteRecord,
  keepRemovedLinks,
  updateRecord,
  type TulayDatabase,
  type WriteContext,
} from '../../../db';
import { SAMPLE_DATA_KEY } from './sampleManifest';
import {
  dependents,
  draftNames,
  forEachPage,
  readSampleScope,
  type Row,
  type RowKey,
} from './sampleScope';

const PAGE = 2_000;

/**
 * Deletes records with their audit trail and outbox entries. `ids` are in key order, so their
 * audit and outbox entries are read as one index range each (a merge join) and deleted by
 * primary key: far fewer round trips than looking each id up.
 */
async function erase(db: TulayDatabase, table: RecordTable, ids: string[]) {
  if (ids.length === 0) return;
  const wanted = new Set(ids);
  const [first, last] = [ids[0]!, ids[ids.length - 1]!];
  const [audit, outbox] = await Promise.all([
    db.audit.where('[table+recordId]').between([table, first], [table, last], true, true).toArray(),
    db.outbox
      .where('[table+recordId+state]')
      .between([table, first, Dexie.minKey], [table, last, Dexie.maxKey], true, true)
      .toArray(),
  ]);
  const leaving = audit.filter((a) => wanted.has(a.recordId));
  await Promise.all([
    keepRemovedLinks(db, leaving),
    db.audit.bulkDelete(leaving.map((a) => a.id)),
    db.outbox.bulkDelete(outbox.filter((o) => wanted.has(o.recordId)).map((o) => o.id)),
    db.table(table).bulkDelete(ids),
  ]);
}

/** Removes rows, counts them, and remembers what the bulk writes lost and which ids went. */
class Removal {
  count = 0;
  readonly gone = new Set<string>();
  /** The seminars that lost a registration: their waitlists may move up. */
  readonly seminarsFreed = new Set<string>();
  /** How many records of each bulk write were erased. */
  private readonly fromBatch = new Map<string, number>();

  constructor(
    private readonly ctx: WriteContext,
    private readonly onProgress?: (removed: number) => void,
  ) {}

  async remove(table: RecordTable, rows: readonly (Row | RowKey)[]) {
    if (rows.length === 0) return;
    const synced = new Set(
      rows.filter((r) => r.sample !== true && ((r as Row).serverSeq ?? 0) > 0),
    );
    const erased = rows.filter((r) => !synced.has(r));
    for (const row of synced) await deleteRecord(this.ctx, table, row.id);
    await erase(
      this.ctx.db,
      table,
      erased.map((r) => r.id),
    );
    for (const row of erased) {
      if (typeof row.batchId === 'string')
        this.fromBatch.set(row.batchId, (this.fromBatch.get(row.batchId) ?? 0) + 1);
    }
    for (const row of rows) this.gone.add(row.id);
    if (table === 'attendance')
      for (const row of rows) this.seminarsFreed.add((row as Row).seminarId as string);
    this.count += rows.length;
    this.onProgress?.(this.count);
  }

  /** Deletes the audit and outbox entries of the bulk writes whose records have all gone. */
  async eraseEmptiedBatches() {
    const { db } = this.ctx;
    const ids = [...this.fromBatch.keys()];
    for (let i = 0; i < ids.length; i += PAGE) {
      const entries = await db.audit.bulkGet(ids.slice(i, i + PAGE));
      const emptied = entries.filter(
        (e): e is AuditEntry => !!e?.recordIds && this.fromBatch.get(e.id) === e.recordIds.length,
      );
      const emptiedIds = emptied.map((e) => e.id);
      await Promise.all([
        keepRemovedLinks(db, emptied),
        db.audit.bulkDelete(emptiedIds),
        db.outbox.bulkDelete(emptiedIds),
      ]);
    }
  }
}

/**
 * A place a sample person held in a real seminar goes to the waitlist, in order, as when a
 * registration is cancelled: through the write path, since these are real people's records.
 */
async function promoteWaitlists(ctx: WriteContext, seminarIds: Iterable<string>) {
  const { db } = ctx;
  for (const id of seminarIds) {
    const seminar = await db.seminars.get(id);
    if (!seminar || seminar.deletedAt) continue;
    const seats = await db.attendance.where('seminarId').equals(id).toArray();
    const live = seats.filter((seat) => !seat.deletedAt);
    for (const seat of promotions(live, seminar.capacity))
      await updateRecord(ctx, 'attendance', seat, { status: 'registered' });
  }
}

/** A form in progress about a removed person or case goes with them. */
async function eraseDrafts(db: TulayDatabase, gone: ReadonlySet<string>) {
  const drafts = await db.drafts.toArray();
  await db.drafts.bulkDelete(drafts.filter((d) => draftNames(d.values, gone)).map((d) => d.id));
}

export interface RemoveSampleOptions {
  /** Called with the number of records removed so far. */
  onProgress?: (removed: number) => void;
}

export async function removeSampleData(
  ctx: WriteContext,
  options: RemoveSampleOptions = {},
): Promise<number> {
  const { db } = ctx;
  const records = [db.people, db.households, db.cases, db.caseEvents, db.consents];
  const seminars = [db.seminars, db.attendance];
  const local = [db.settings, db.audit, db.outbox, db.drafts, db.syncState];
  return db.transaction('rw', [...records, ...seminars, ...local], async () => {
    const scope = await readSampleScope(db);
    const removal = new Removal(ctx, options.onProgress);
    for (const [table, belongs] of dependents(scope)) {
      await forEachPage(db.table(table), (page) => removal.remove(table, page.filter(belongs)));
    }
    for (const table of ['cases', 'people', 'seminars'] as const) {
      const rows = scope[table];
      for (let i = 0; i < rows.length; i += PAGE)
        await removal.remove(table, rows.slice(i, i + PAGE));
    }
    await removal.eraseEmptiedBatches();
    await promoteWaitlists(ctx, removal.seminarsFreed);
    await eraseDrafts(db, removal.gone);
    const summary = await db.settings.get({ key: SAMPLE_DATA_KEY });
    if (summary) await erase(db, 'settings', [summary.id]);
    return removal.count;
  });
}
