// Links every audit entry to the one before it (domain/audit/chain.ts) in the transaction that
// writes it: a Dexie middleware widens each read-write transaction that touches the audit table
// to the syncState table, where the chain's head (its last place and hash) is kept, and links
// the entries of each add in the order they are written. Hashing is synchronous, so nothing but
// IndexedDB requests is awaited and the transaction stays alive. Every writer is covered: the
// single write path, the bulk path, a view or export, and whatever records its own entries.
import {
  type Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
} from 'dexie';
import {
  EMPTY_CHAIN,
  entryHash,
  linkEntry,
  verifyChain,
  type ChainHead,
  type ChainReport,
  type RemovedLink,
} from '../../domain/audit/chain';
import type { AuditEntry } from '../../domain/records/internal';
import type { TulayDatabase } from './database';
import { currentZone, type Zone } from './zone';

const AUDIT = 'audit';
const STATE = 'syncState';
/** syncState rows of the chain: its head, and the links of entries Tulay removed. */
export const CHAIN_HEAD_ID = 'auditChain';
export const REMOVED_PREFIX = 'auditChainRemoved:';

interface HeadRow {
  id: typeof CHAIN_HEAD_ID;
  /** The head's place in the chain (the syncState row's cursor). */
  cursor: number;
  hash: string;
  updatedAt: string;
}

/** A removed entry's link; its place in the chain is the row's cursor. */
interface RemovedRow {
  id: string;
  cursor: number;
  prevHash: string;
  hash: string;
  updatedAt: string;
}

/**
 * The chain's head as a transaction sees it. The read is issued on the raw transaction the
 * moment it is created, so by the time an entry is added the head is usually known and the
 * entry is linked and written at once, with no turn of the event loop between requests; an add
 * issued before the read has finished waits for its success event and is written from there.
 */
interface ChainState {
  read: IDBRequest<HeadRow | undefined>;
  head?: ChainHead;
}
const states = new WeakMap<DBCoreTransaction, ChainState>();

function startChainRead(trans: DBCoreTransaction) {
  const idb = trans as unknown as IDBTransaction;
  const read = idb.objectStore(STATE).get(CHAIN_HEAD_ID) as IDBRequest<HeadRow | undefined>;
  states.set(trans, { read });
}

/** Runs `write` once the head is known, in the success event if it is not yet. */
function whenHeadKnown<T>(state: ChainState, zone: Zone, write: () => Promise<T>): Promise<T> {
  if (state.read.readyState === 'done') return write();
  return new Promise<T>((resolve, reject) => {
    state.read.addEventListener('success', () => void zone(write).then(resolve, reject));
    state.read.addEventListener('error', () => reject(state.read.error ?? new Error('read')));
  });
}

function linkAndAdd(
  low: DBCore,
  table: DBCoreTable,
  req: Extract<DBCoreMutateRequest, { type: 'add' | 'put' }>,
  state: ChainState,
): Promise<DBCoreMutateResponse> {
  const row = state.read.result;
  let head: ChainHead = state.head ?? (row ? { seq: row.cursor, hash: row.hash } : EMPTY_CHAIN);
  // An entry that already carries its link (put back by a restore) is kept as it was, and a
  // write of only such entries leaves the head alone: the restore puts back the head it had.
  let linkedAny = false;
  const values = (req.values as AuditEntry[]).map((entry) => {
    if (entry.hash) return entry;
    const linked = linkEntry(entry, head);
    head = { seq: linked.seq!, hash: linked.hash! };
    linkedAny = true;
    return linked;
  });
  if (!linkedAny) return table.mutate(req);
  state.head = head;
  // Entries put back as they were (a restore) move no head: the restored syncState rows hold it,
  // and a head written here would collide with the restore's own row.
  if (values.every((entry, i) => entry === req.values[i])) return table.mutate({ ...req, values });
  const next: HeadRow = {
    id: CHAIN_HEAD_ID,
    cursor: head.seq,
    hash: head.hash,
    updatedAt: new Date().toISOString(),
  };
  return Promise.all([
    table.mutate({ ...req, values }),
    low.table(STATE).mutate({ type: 'put', trans: req.trans, values: [next] }),
  ]).then(([res]) => res);
}

/**
 * Before Tulay itself deletes chained entries (only when it removes sample data), it keeps
 * each one's link in a syncState row of its own, so the chain still holds and the check counts
 * them. Call it in the deleting transaction, with syncState in its scope. Any other deletion
 * breaks the chain where the entry was.
 */
export async function keepRemovedLinks(db: TulayDatabase, entries: readonly AuditEntry[]) {
  const updatedAt = new Date().toISOString();
  const rows: RemovedRow[] = entries.flatMap((e) =>
    e.hash && e.seq
      ? [
          {
            id: `${REMOVED_PREFIX}${e.seq}`,
            cursor: e.seq,
            prevHash: e.prevHash ?? '',
            hash: e.hash,
            updatedAt,
          },
        ]
      : [],
  );
  if (rows.length > 0) await db.syncState.bulkPut(rows);
}

function mutateChained(low: DBCore, table: DBCoreTable, req: DBCoreMutateRequest) {
  const state = states.get(req.trans);
  if (!state) return table.mutate(req);
  const zone = currentZone();
  if (req.type === 'add' || req.type === 'put') {
    if (req.values.length === 0) return table.mutate(req);
    return whenHeadKnown(state, zone, () => linkAndAdd(low, table, req, state));
  }
  return table.mutate(req);
}

/** Gives a database its audit chain; createDatabase calls it before the database opens. */
export function attachAuditChain(db: Dexie) {
  let low: DBCore | null = null;
  db.use({ stack: 'dbcore', name: 'AuditChainStore', level: 1, create: (down) => (low = down) });
  db.use({
    stack: 'dbcore',
    name: 'AuditChain',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        const chained = mode === 'readwrite' && stores.includes(AUDIT);
        const trans = down.transaction(
          chained && !stores.includes(STATE) ? [...stores, STATE] : stores,
          mode,
          options,
        );
        if (chained) startChainRead(trans);
        return trans;
      },
      table: (name) => {
        const table = down.table(name);
        if (name !== AUDIT) return table;
        return { ...table, mutate: (req) => mutateChained(low!, table, req) };
      },
    }),
  });
}

/** How many of the latest entries the check at start reads: the whole trail takes seconds. */
export const RECENT_CHECKED = 2_000;

/** Entries hashed between two pauses of a check: each slice keeps the page busy about 10 ms. */
const HASH_SLICE = 100;

/**
 * Every entry's hash, computed a slice at a time with a pause between slices, so that a check
 * never holds the page: hashing 2,000 entries at once (the check at start) was a 200 ms task
 * while the officer typed the first search after signing in, and the whole trail of a large desk
 * takes seconds. After the reading transaction: pausing inside it would end it.
 */
async function hashesOf(entries: readonly AuditEntry[]): Promise<Map<AuditEntry, string>> {
  const hashes = new Map<AuditEntry, string>();
  for (let at = 0; at < entries.length; at += HASH_SLICE) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const entry of entries.slice(at, at + HASH_SLICE)) hashes.set(entry, entryHash(entry));
  }
  return hashes;
}

async function verifyInSlices(
  entries: readonly AuditEntry[],
  head: ChainHead,
  removed: readonly RemovedLink[],
  fromSeq = 1,
): Promise<ChainReport> {
  const chained = entries.filter((e) => typeof e.seq === 'number' && e.seq >= fromSeq);
  const hashes = await hashesOf(chained);
  return verifyChain(entries, head, removed, fromSeq, (e) => hashes.get(e) ?? entryHash(e));
}

/**
 * The check at start: the chain's end, from the latest entries (by time) to the head, so that
 * a removed or altered recent entry, or a cut-off end, is found without reading the whole trail.
 */
export async function checkRecentAuditChain(db: TulayDatabase): Promise<ChainReport> {
  const read = await db.transaction('r', [db.audit, db.syncState], async () => {
    const [entries, head] = await Promise.all([
      db.audit.orderBy('at').reverse().limit(RECENT_CHECKED).toArray(),
      db.syncState.get(CHAIN_HEAD_ID) as Promise<HeadRow | undefined>,
    ]);
    if (!head) return null;
    const removed = (await db.syncState
      .where('id')
      .startsWith(REMOVED_PREFIX)
      .toArray()) as RemovedRow[];
    return { entries, head, removed };
  });
  if (!read) return { verified: 0, unchained: 0, removedBySampleData: 0, breaks: [] };
  const { entries, head, removed } = read;
  const from = Math.max(1, head.cursor - Math.floor(RECENT_CHECKED / 2) + 1);
  return verifyInSlices(
    entries,
    { seq: head.cursor, hash: head.hash },
    removed
      .filter((r) => r.cursor >= from)
      .map((r): RemovedLink => ({ seq: r.cursor, prevHash: r.prevHash, hash: r.hash })),
    from,
  );
}

/** Reads the whole trail and checks its chain (on demand, in Settings). */
export async function checkAuditChain(db: TulayDatabase): Promise<ChainReport> {
  const [entries, head, removed] = await db.transaction('r', [db.audit, db.syncState], () =>
    Promise.all([
      db.audit.toArray(),
      db.syncState.get(CHAIN_HEAD_ID) as Promise<HeadRow | undefined>,
      db.syncState.where('id').startsWith(REMOVED_PREFIX).toArray() as unknown as Promise<
        RemovedRow[]
      >,
    ]),
  );
  return verifyInSlices(
    entries,
    head ? { seq: head.cursor, hash: head.hash } : EMPTY_CHAIN,
    removed.map((r): RemovedLink => ({ seq: r.cursor, prevHash: r.prevHash, hash: r.hash })),
  );
}
