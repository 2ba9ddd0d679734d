// Keeps the report's day counts (domain/reports/contributions.ts), and their month totals
// (reportMonths.ts), in step with every write, in
// the write's own transaction: a Dexie middleware widens each read-write transaction that
// touches people, cases or their events to the counts table, and after each change adds
// (contribution after) − (contribution before) of the records it changed and of those that
// depend on them (a case's events follow its officer; a case follows its person's sex and age).
// Nothing can write those tables without the counts following: the single write path, the bulk
// path, the removal of sample data, an undo.
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
} from 'dexie';
import {
  addContributions,
  caseContribution,
  concernedId,
  eventContribution,
  type CaseFacts,
  type EventFacts,
  type PersonFacts,
} from '../../domain/reports/contributions';
import { monthDelta, monthIdOf, monthRow, REPORT_MONTHS } from './reportMonths';
import { RowCache } from './rowCache';
import { currentZone, type Zone } from './zone';

export const REPORT_COUNTS = 'reportCounts';
const TRACKED = ['people', 'cases', 'caseEvents'] as const;
type Tracked = (typeof TRACKED)[number];

export interface ReportCountRow {
  /** "2026-05-23|staffId" (an empty staff id for unassigned cases). */
  id: string;
  day: string;
  staff: string;
  counts: Record<string, number>;
}

type Rec = { id: string } & Record<string, unknown>;
type Delta = Map<string, Map<string, number>>;
type Pair = readonly [before: Rec | undefined, after: Rec | undefined];

/**
 * A transaction that writes many records in several steps (a pulled page, in slices): the counts
 * of its writes are summed here and written once at its end, and the rows it has read or written
 * are kept in `rows` (rowCache.ts): a record's "before" values, the person of a case and the case
 * of an event are read at most once in it.
 */
interface Deferred {
  readonly delta: Delta;
  readonly rows: RowCache;
  /** The day and month rows asked for so far, by table and id (written only at the end). */
  readonly countRows: Map<string, Map<string, Promise<CountRow | undefined>>>;
}
const deferred = new WeakMap<object, Deferred>();

class Counter {
  constructor(
    readonly core: DBCore,
    readonly trans: DBCoreTransaction,
    readonly delta: Delta = new Map(),
    /** The transaction's rows as they stand, when it writes in steps (deferReportCounts). */
    readonly rows?: RowCache,
    /** Dexie's layers below this one need the write's zone for every request after an await. */
    readonly zone: Zone = currentZone(),
  ) {}

  /** The stored rows of `keys` (strings only), as they are now, read from the database. */
  async read(table: string, keys: readonly unknown[]): Promise<Map<string, Rec>> {
    const wanted = [...new Set(keys.filter((k): k is string => typeof k === 'string'))];
    if (wanted.length === 0) return new Map();
    const rows = (await this.zone(() =>
      this.core.table(table).getMany({ trans: this.trans, keys: wanted }),
    )) as (Rec | undefined)[];
    return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  }

  /**
   * `read`, taking the rows the transaction already knows from `rows` and keeping the others.
   * `stored`: false for an id known not to be stored unless the transaction wrote it (not read).
   */
  async get(
    table: Tracked,
    keys: readonly unknown[],
    stored: (id: string) => boolean = () => true,
  ): Promise<Map<string, Rec>> {
    if (!this.rows)
      return this.read(
        table,
        keys.filter((k) => stored(k as string)),
      );
    const ids = new Set(keys.filter((k): k is string => typeof k === 'string'));
    const { found, missing } = this.rows.lookup(table, ids);
    if (missing.length === 0) return found;
    const generation = this.rows.generation(table);
    // A row a write of the transaction named is read even if the caller knows it was not stored
    // before: that write may still be under way (a pulled page's next slice is prepared while the
    // last is stored), and the read, issued after it, gives its values.
    const wanted = missing.filter((id) => stored(id) || this.rows!.wrote(table, id));
    const read = await this.read(table, wanted);
    this.rows.keep(
      table,
      missing.map((id) => [id, read.get(id)] as const),
      generation,
    );
    for (const [id, row] of read) found.set(id, row);
    return found;
  }

  async where(table: Tracked, index: string, key: string): Promise<Rec[]> {
    const schema = this.core.table(table).schema.getIndexByKeyPath(index)!;
    const range = { type: 1 /* DBCoreRangeType.Equal */, lower: key, upper: key } as const;
    const { result } = await this.zone(() =>
      this.core
        .table(table)
        .query({ trans: this.trans, values: true, query: { index: schema, range } }),
    );
    return result as Rec[];
  }

  /**
   * `where` for many keys, the queries issued all at once in the write's transaction: a pulled
   * page of a thousand people or cases would otherwise wait a round trip per record. A key asked
   * for again (read ahead of the write, then by its count) is not queried again.
   */
  whereEach(table: Tracked, index: string, keys: readonly string[]): Promise<Rec[][]> {
    const name = `${table}|${index}`;
    const asked = this.queried.get(name) ?? new Map<string, Promise<Rec[]>>();
    this.queried.set(name, asked);
    const fresh = [...new Set(keys)].filter((key) => !asked.has(key));
    if (fresh.length > 0) {
      const rows = this.queryEach(table, index, fresh);
      fresh.forEach((key, i) => {
        const one = rows.then((all) => all[i]!);
        one.catch(() => {}); // a read ahead that nobody awaits (its transaction failed)
        asked.set(key, one);
      });
    }
    return Promise.all(keys.map((key) => asked.get(key)!));
  }

  private readonly queried = new Map<string, Map<string, Promise<Rec[]>>>();

  private async queryEach(table: Tracked, index: string, keys: readonly string[]) {
    const found = keys.length > 1 ? await this.whereBetween(table, index, keys) : null;
    return found ?? Promise.all(keys.map((key) => this.where(table, index, key)));
  }

  /**
   * `whereEach` as one query of the rows between the lowest and the highest key (ids are
   * time-ordered, and on a first sync few rows lie between a page's own), or null when more rows
   * lie there than it is worth reading: a thousand queries at once come back as one long task.
   */
  private async whereBetween(
    table: Tracked,
    index: string,
    keys: readonly string[],
  ): Promise<Rec[][] | null> {
    let lower = keys[0]!;
    let upper = lower;
    for (const key of keys) {
      if (key < lower) lower = key;
      if (key > upper) upper = key;
    }
    const limit = keys.length * 2 + 50;
    const schema = this.core.table(table).schema.getIndexByKeyPath(index)!;
    const range = { type: 2 /* DBCoreRangeType.Range */, lower, upper } as const;
    const { result } = await this.zone(() =>
      this.core
        .table(table)
        .query({ trans: this.trans, values: true, limit, query: { index: schema, range } }),
    );
    if (result.length >= limit) return null;
    const byKey = new Map(keys.map((key) => [key, [] as Rec[]]));
    for (const row of result as Rec[]) byKey.get(row[index] as string)?.push(row);
    return keys.map((key) => byKey.get(key)!);
  }

  add(contributions: Parameters<typeof addContributions>[1], sign: 1 | -1) {
    addContributions(this.delta, contributions, sign);
  }
}

const changed = (pair: Pair, fields: readonly string[]) =>
  !pair[0] || !pair[1] || fields.some((f) => pair[0]![f] !== pair[1]![f]);
const idOf = ([before, after]: Pair) => (before ?? after)!.id;

// What each count reads: the same keys whether read ahead of the write (readAhead) or after it.
/** People whose cases change with them (sex, age). */
const movedPeople = (pairs: readonly Pair[]) =>
  pairs.filter((pair) => changed(pair, ['sex', 'birthDate']));
const casesOfPeople = (counter: Counter, ids: readonly string[]) =>
  Promise.all([
    counter.whereEach('cases', 'clientId', ids),
    counter.whereEach('cases', 'ofwId', ids),
  ]);
/** The person of each case. */
const peopleOfCases = (counter: Counter, pairs: readonly Pair[]) =>
  counter.get(
    'people',
    pairs.flatMap((p) => p.flatMap((c) => (c ? [concernedId(c as unknown as CaseFacts)] : []))),
  );
/** Cases whose events change with them (officer, deletion). */
const movedCases = (pairs: readonly Pair[]) =>
  pairs.filter((pair) => changed(pair, ['assignedTo', 'deletedAt']));
const eventsOf = (pairs: readonly Pair[]) =>
  pairs.flatMap((p) => p.filter((e): e is Rec => !!e)) as unknown as EventFacts[];
/** The case of each event, and the referral each answers. */
const casesAndReferrals = (counter: Counter, events: readonly EventFacts[]) =>
  Promise.all([
    counter.get(
      'cases',
      events.map((e) => e.caseId),
    ),
    counter.get(
      'caseEvents',
      events.map((e) => e.relatedEventId),
    ),
  ]);
/** Referrals whose answers change with them (day, deletion). */
const movedReferrals = (pairs: readonly Pair[]) =>
  pairs.filter(([before, after]) => {
    const event = (before ?? after) as unknown as EventFacts;
    return event.type === 'referral' && changed([before, after], ['at', 'deletedAt']);
  });
const caseIdsOf = (referrals: readonly Pair[]) => [
  ...new Set(referrals.map((pair) => ((pair[0] ?? pair[1]) as unknown as EventFacts).caseId)),
];

/**
 * Issues the reads the count of a put will make, before the put and with it (each count then
 * finds them read: its rows kept, its queries asked): in a page written in steps, the next
 * step's writes wait for this one's count. Their answers are the same after the put: the
 * rows read are of other tables or not in the put (a count leaves the put's own rows out).
 * Only when the rows the put replaces are known: the keys depend on what changed.
 */
function readAhead(counter: Counter, name: Tracked, req: DBCoreMutateRequest) {
  if (req.type !== 'put' || req.updates || req.criteria || req.changeSpec || !counter.rows) return;
  const values = new Map((req.values as Rec[]).map((v) => [v.id, v]));
  const { found, missing } = counter.rows.lookup(name, values.keys());
  if (missing.length > 0) return;
  const pairs: Pair[] = [...values].map(([id, value]) => [found.get(id), value]);
  const reads =
    name === 'people'
      ? [casesOfPeople(counter, movedPeople(pairs).map(idOf))]
      : name === 'cases'
        ? [
            peopleOfCases(counter, pairs),
            counter.whereEach('caseEvents', 'caseId', movedCases(pairs).map(idOf)),
          ]
        : [
            casesAndReferrals(counter, eventsOf(pairs)),
            counter.whereEach('caseEvents', 'caseId', caseIdsOf(movedReferrals(pairs))),
          ];
  for (const read of reads as Promise<unknown>[]) read.catch(() => {});
}

async function countPeople(counter: Counter, pairs: readonly Pair[], added: boolean) {
  // A new person has no case yet (the intake and every import write the person first).
  if (added) return;
  const moved = movedPeople(pairs);
  const ids = moved.map(idOf);
  const [asClient, asOfw] = await casesOfPeople(counter, ids);
  for (const [i, [before, after]] of moved.entries()) {
    const id = ids[i]!;
    const cases = [...asClient[i]!, ...asOfw[i]!] as unknown as (CaseFacts & Rec)[];
    const seen = new Set<string>();
    for (const c of cases) {
      if (seen.has(c.id) || concernedId(c) !== id) continue;
      seen.add(c.id);
      counter.add(caseContribution(c, before as PersonFacts | undefined), -1);
      counter.add(caseContribution(c, after as PersonFacts | undefined), 1);
    }
  }
}

async function countCases(counter: Counter, pairs: readonly Pair[], added: boolean) {
  const people = await peopleOfCases(counter, pairs);
  const personOf = (c: Rec) => people.get(concernedId(c as unknown as CaseFacts)) as PersonFacts;
  for (const [before, after] of pairs) {
    if (before) counter.add(caseContribution(before as unknown as CaseFacts, personOf(before)), -1);
    if (after) counter.add(caseContribution(after as unknown as CaseFacts, personOf(after)), 1);
  }
  // A new case has no events yet; an existing one's events follow its officer and its deletion.
  if (added) return;
  const moved = movedCases(pairs);
  const timelines = await counter.whereEach('caseEvents', 'caseId', moved.map(idOf));
  for (const [i, [before, after]] of moved.entries()) {
    const events = timelines[i] as unknown as (EventFacts & Rec)[];
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const e of events) {
      const referral = e.relatedEventId ? byId.get(e.relatedEventId) : undefined;
      counter.add(eventContribution(e, before as unknown as CaseFacts, referral), -1);
      counter.add(eventContribution(e, after as unknown as CaseFacts, referral), 1);
    }
  }
}

async function countEvents(counter: Counter, pairs: readonly Pair[], added: boolean) {
  const [cases, stored] = await casesAndReferrals(counter, eventsOf(pairs));
  // The records read are as they are now; a referral changed by this same write was as it
  // was before the write on the "before" side.
  const batch = new Map(pairs.map((pair) => [(pair[0] ?? pair[1])!.id, pair]));
  const referralOf = (id: string | undefined, side: 0 | 1) =>
    (id && batch.has(id) ? batch.get(id)![side] : stored.get(id ?? '')) as EventFacts | undefined;
  const contribution = (e: Rec, side: 0 | 1) => {
    const event = e as unknown as EventFacts;
    const c = cases.get(event.caseId) as CaseFacts | undefined;
    return eventContribution(event, c, referralOf(event.relatedEventId, side));
  };
  for (const [before, after] of pairs) {
    if (before) counter.add(contribution(before, 0), -1);
    if (after) counter.add(contribution(after, 1), 1);
  }
  if (added) return;
  // A referral's answer counts on the referral's day: it follows the referral. The timelines of
  // the referrals' cases are read at once (a pulled page holds a referral every few records).
  const referrals = movedReferrals(pairs);
  const caseIds = caseIdsOf(referrals);
  const timelines = await counter.whereEach('caseEvents', 'caseId', caseIds);
  const timelineOf = new Map(caseIds.map((id, i) => [id, timelines[i]!]));
  for (const [before, after] of referrals) {
    const referral = (before ?? after) as unknown as EventFacts;
    const c = cases.get(referral.caseId) as CaseFacts | undefined;
    const answers = timelineOf
      .get(referral.caseId)!
      .filter(
        (e) =>
          e.type === 'referralResponse' && e.relatedEventId === referral.id && !batch.has(e.id),
      ) as unknown as EventFacts[];
    for (const answer of answers) {
      counter.add(eventContribution(answer, c, before as EventFacts | undefined), -1);
      counter.add(eventContribution(answer, c, after as EventFacts | undefined), 1);
    }
  }
}

const COUNTERS = { people: countPeople, cases: countCases, caseEvents: countEvents };

type CountRow = { counts: Record<string, number> };
type CountRows = Map<string, Map<string, Promise<CountRow | undefined>>>;

/**
 * Asks for the count rows (days or months) of `ids` not asked for yet in a deferred transaction:
 * asked as soon as its writes name them, they are read while it writes, not at its end.
 */
function askCountRows(counter: Counter, rows: CountRows, name: string, ids: Iterable<string>) {
  const asked = rows.get(name) ?? new Map<string, Promise<CountRow | undefined>>();
  rows.set(name, asked);
  const fresh = [...ids].filter((id) => !asked.has(id));
  if (fresh.length === 0) return asked;
  const { core, trans, zone } = counter;
  const read = zone(() => core.table(name).getMany({ trans, keys: fresh })) as Promise<
    (CountRow | undefined)[]
  >;
  fresh.forEach((id, i) => {
    const one = read.then((all) => all[i]);
    one.catch(() => {}); // awaited at the end, unless the transaction failed before it
    asked.set(id, one);
  });
  return asked;
}

/** The day rows a deferred transaction's writes have named so far, and their months', asked for. */
function askDeferredCountRows(counter: Counter, state: Deferred, withMonths: boolean) {
  askCountRows(counter, state.countRows, REPORT_COUNTS, state.delta.keys());
  if (withMonths)
    askCountRows(counter, state.countRows, REPORT_MONTHS, [...state.delta.keys()].map(monthIdOf));
}

/** Adds a delta (by row id) to the rows of a counts table: days, or their months. */
async function writeDelta(
  counter: Counter,
  name: string,
  delta: Delta,
  rowOf: (id: string, counts: Record<string, number>) => object,
  asked?: CountRows,
) {
  const ids = [...delta.keys()];
  if (ids.length === 0) return;
  const { core, trans, zone } = counter;
  const table = core.table(name);
  const known = asked && askCountRows(counter, asked, name, ids);
  const rows = known
    ? await Promise.all(ids.map((id) => known.get(id)!))
    : ((await zone(() => table.getMany({ trans, keys: ids }))) as (CountRow | undefined)[]);
  const puts: object[] = [];
  const deletes: string[] = [];
  ids.forEach((id, i) => {
    const counts = { ...(rows[i]?.counts ?? {}) };
    for (const [key, change] of delta.get(id)!) {
      const value = (counts[key] ?? 0) + change;
      if (value === 0) delete counts[key];
      else counts[key] = value;
    }
    if (Object.keys(counts).length > 0) puts.push(rowOf(id, counts));
    else if (rows[i]) deletes.push(id);
  });
  await zone(() =>
    Promise.all([
      puts.length > 0 && table.mutate({ type: 'put', trans, values: puts }),
      deletes.length > 0 && table.mutate({ type: 'delete', trans, keys: deletes }),
    ]),
  );
}

function dayRow(id: string, counts: Record<string, number>): ReportCountRow {
  const [day = '', staff = ''] = id.split('|');
  return { id, day, staff, counts };
}

/**
 * The day rows, and the month rows once the database holds them (schema version 9); `asked`:
 * those a deferred transaction has asked for already.
 */
async function writeDeltas(counter: Counter, withMonths: boolean, asked?: CountRows) {
  await Promise.all([
    writeDelta(counter, REPORT_COUNTS, counter.delta, dayRow, asked),
    withMonths && writeDelta(counter, REPORT_MONTHS, monthDelta(counter.delta), monthRow, asked),
  ]);
}

/** The ids a put, add or delete names (a deleteRange names none beforehand). */
function idsOf(req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): string[] {
  const keys =
    req.type === 'delete'
      ? req.keys
      : [
          ...((req.keys as unknown[] | undefined) ?? req.values.map((v: Rec) => v.id)),
          ...((req.type === 'put' && (req.updates?.keys as unknown[] | undefined)) || []),
        ];
  return [...new Set(keys.map(String))];
}

/**
 * The records a mutation is about to change, by id, as they are before it, and the generation
 * of the write in the transaction's rows (rowCache.ts), if it keeps them. Everything up to the
 * first read runs before the caller issues the change, so that the read comes before it.
 */
async function recordsBefore(
  counter: Counter,
  name: Tracked,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<{ ids: string[]; before: Map<string, Rec>; generation: number }> {
  const rows = counter.rows;
  if (req.type === 'deleteRange') {
    const generation = rows?.writing(name, 'all') ?? 0;
    const { result } = await counter.zone(() =>
      table.query({
        trans: req.trans,
        values: true,
        query: { index: table.schema.primaryKey, range: req.range },
      }),
    );
    const before = new Map((result as Rec[]).map((r) => [r.id, r]));
    return { ids: [...before.keys()], before, generation };
  }
  const ids = idsOf(req);
  // An add writes new records: nothing to read.
  const { found, missing } =
    rows && req.type !== 'add'
      ? rows.lookup(name, ids)
      : { found: new Map<string, Rec>(), missing: ids };
  const generation = rows?.writing(name, ids) ?? 0;
  if (req.type === 'add') return { ids: [], before: new Map(), generation };
  for (const [id, row] of await counter.read(name, missing)) found.set(id, row);
  return { ids, before: found, generation };
}

/** The same records after the mutation (a modify() is read back; a put knows its values). */
async function recordsAfter(
  counter: Counter,
  name: Tracked,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
  ids: readonly string[],
): Promise<Map<string, Rec>> {
  if (req.type === 'delete' || req.type === 'deleteRange') return new Map();
  if (req.type === 'add' || !(req.updates || req.criteria || req.changeSpec)) {
    const values = (req.values as Rec[]).filter((_, i) => !res.failures[i]);
    return new Map(values.map((v) => [v.id, v]));
  }
  return counter.read(name, ids);
}

async function mutateCounted(
  low: DBCore,
  name: Tracked,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const idb = req.trans as unknown as IDBTransaction;
  // Upgrades fill the counts themselves (schema.ts); a store outside the transaction is a
  // database not yet upgraded to hold them.
  if (idb.mode === 'versionchange' || !idb.objectStoreNames.contains(REPORT_COUNTS)) {
    return table.mutate(req);
  }
  const later = deferred.get(req.trans);
  const counter = new Counter(low, req.trans, later?.delta, later?.rows);
  // In a page written in steps, what its count reads is read with the write, not after it.
  if (later) readAhead(counter, name, req);
  // The read of the records as they were is issued before the change, in the same transaction.
  const reading = recordsBefore(counter, name, low.table(name), req);
  const [{ ids, before, generation }, res] = await Promise.all([reading, table.mutate(req)]);
  const after = await recordsAfter(counter, name, req, res, ids);
  // The rows as the change left them: deleted ones not stored; a failed put's not known.
  counter.rows?.keep(
    name,
    req.type === 'delete' || req.type === 'deleteRange'
      ? ids.map((id) => [id, undefined] as const)
      : after,
    generation,
  );
  const pairs: Pair[] = [...new Set([...before.keys(), ...after.keys()])].map((id) => [
    before.get(id),
    after.get(id),
  ]);
  await COUNTERS[name](counter, pairs, req.type === 'add');
  const withMonths = idb.objectStoreNames.contains(REPORT_MONTHS);
  if (later) askDeferredCountRows(counter, later, withMonths);
  else await writeDeltas(counter, withMonths);
  return res;
}

const isTracked = (name: string): name is Tracked => (TRACKED as readonly string[]).includes(name);

const lowCores = new WeakMap<Dexie, () => DBCore | null>();

/** What `deferReportCounts` gives its caller. */
export interface DeferredCounts {
  /**
   * The stored rows of `ids` (whole: read as the transaction reads them), those of people, cases
   * and events taken from what the transaction has already read or written when it has, and kept
   * for the "before" values of the transaction's next writes. `stored`: false for an id the
   * caller knows was not stored before the transaction (not read: a first sync reads nothing).
   */
  read(
    table: string,
    ids: readonly string[],
    stored?: (id: string) => boolean,
  ): Promise<Map<string, Rec>>;
  /** Writes the counts summed so far; the transaction's later writes count as usual again. */
  write(): Promise<void>;
}

/**
 * In the current read-write transaction, sums the report counts of its writes and writes them
 * once, at `write()`, instead of after each write: a pulled page written in slices would
 * otherwise read and write the same day rows after every slice. The counts come out as if each
 * write had written its own. A transaction that fails before `write()` stores none of it.
 */
export function deferReportCounts(db: Dexie): DeferredCounts {
  const tx = Dexie.currentTransaction;
  if (!tx || tx.db !== db)
    throw new Error('deferReportCounts needs a transaction of this database');
  const trans = tx.idbtrans;
  const state: Deferred = { delta: new Map(), rows: new RowCache(), countRows: new Map() };
  // The caller's later reads may come after a native await that lost the transaction's zone.
  const zone = currentZone();
  deferred.set(trans, state);
  const counter = (rows?: RowCache) => {
    const low = lowCores.get(db)?.();
    if (!low) throw new Error('deferReportCounts needs a database with report counts');
    return new Counter(low, trans, state.delta, rows, zone);
  };
  return {
    read(table, ids, stored = () => true) {
      return isTracked(table)
        ? counter(state.rows).get(table, ids, stored)
        : counter().read(table, ids.filter(stored));
    },
    async write() {
      deferred.delete(trans);
      if (!trans.objectStoreNames.contains(REPORT_COUNTS) || state.delta.size === 0) return;
      await writeDeltas(counter(), trans.objectStoreNames.contains(REPORT_MONTHS), state.countRows);
    },
  };
}

/** Gives a database its report counts; createDatabase calls it before the database opens. */
export function attachReportCounts(db: Dexie) {
  // The counts are read and written below Dexie's hooks layer, which only knows the tables the
  // caller named, but above the layers that tell live queries what changed.
  let low: DBCore | null = null;
  lowCores.set(db, () => low);
  db.use({
    stack: 'dbcore',
    name: 'ReportCountsStore',
    level: 1,
    create: (down) => (low = down),
  });
  db.use({
    stack: 'dbcore',
    name: 'ReportCounts',
    create: (down) => {
      const hasCounts = down.schema.tables.some((t) => t.name === REPORT_COUNTS);
      const counted = down.schema.tables.some((t) => t.name === REPORT_MONTHS)
        ? [...TRACKED, REPORT_COUNTS, REPORT_MONTHS]
        : [...TRACKED, REPORT_COUNTS];
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(
            hasCounts && mode === 'readwrite' && stores.some(isTracked)
              ? [...new Set([...stores, ...counted])]
              : stores,
            mode,
            options,
          ),
        table: (name) => {
          const table = down.table(name);
          if (!hasCounts || !isTracked(name)) return table;
          return { ...table, mutate: (req) => mutateCounted(low!, name, table, req) };
        },
      };
    },
  });
}
