// The in-memory token indexes of people and cases (domain/search/tokenIndex.ts), kept beside the
// database they mirror. They are built in the background when the app opens (a few seconds at
// 100,000 cases); until they are ready, a search walks the database's own token index as before.
// Every write through this connection reaches them when its transaction commits (never before:
// an aborted intake leaves no trace). A write from anywhere else (another connection, another
// window) arrives as Dexie's "storagemutated" event, and the indexes are rebuilt.
// Beside the people's tokens, the same build keeps each person's name key for the duplicate
// check (domain/people/nameKeyIndex.ts), which compares a new person with every name.
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type ObservabilitySet,
} from 'dexie';
import { duplicateNameKey } from '../../domain/people/duplicates';
import { NameKeyIndex, type SimilarNames } from '../../domain/people/nameKeyIndex';
import { TokenIndex } from '../../domain/search/tokenIndex';
import { readForSearch } from './encryption';
import { backgroundTurn } from './readPriority';

export type SearchedTable = 'people' | 'cases';
const TABLES: readonly SearchedTable[] = ['people', 'cases'];

/** A record's new tokens and (a person's) name key; null when it was deleted. */
type Change = readonly [id: string, tokens: readonly string[] | null, nameKey: string | null];
type Indexes = Record<SearchedTable, TokenIndex> & { names: NameKeyIndex };

interface Tokened {
  id: string;
  searchTokens?: readonly string[];
  deletedAt?: string | null;
  givenName?: string;
  familyName?: string;
}

/**
 * Records read per step of a build, and the build waits for an idle moment between steps, so the
 * officer's own reads and clicks go first. Measured at the seminar door while the index was being
 * built at 100,000 cases (Enter → count painted, p50 / p95): steps of 500 records 41 / 77 ms,
 * 200 records 35 / 58 ms, 100 records 32 / 48 ms, about what it is with no build at all; the build
 * itself takes no longer with small steps (about 4 s on an idle desk).
 */
const BUILD_CHUNK = 100;

/**
 * Waits for an idle moment. While the window is hidden (minimised at start-up) there is no one to
 * keep responsive, and Chromium throttles idle callbacks and timers in hidden windows: the build
 * then goes on at once, through a message to itself, which is not throttled.
 */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof document !== 'undefined' && document.hidden) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 200 });
    } else setTimeout(resolve, 0);
  });

/** What the build reads of a record besides its tokens: a person's names (nameKeyOf). */
const NAME_FIELDS = ['givenName', 'familyName'];

const tokensOf = (record: Tokened) => (record.deletedAt ? null : (record.searchTokens ?? []));
const nameKeyOf = (table: SearchedTable, record: Tokened) =>
  table === 'people' && !record.deletedAt && record.givenName !== undefined
    ? duplicateNameKey({ givenName: record.givenName, familyName: record.familyName ?? '' })
    : null;
const changeOf = (table: SearchedTable, record: Tokened): Change => [
  record.id,
  tokensOf(record),
  nameKeyOf(table, record),
];

/** What a mutation changed, or 'unknown' when it cannot be told record by record. */
function changesOf(
  table: SearchedTable,
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
): Change[] | 'unknown' {
  if (req.type === 'deleteRange') return 'unknown';
  if (req.type === 'delete') return req.keys.map((key) => [String(key), null, null]);
  const values = req.values as readonly Tokened[] | undefined;
  // A modify() by criteria names its changes separately: not told record by record here.
  if (!values || (req.type === 'put' && req.updates)) return 'unknown';
  return values.flatMap((value, i) => (res.failures[i] ? [] : [changeOf(table, value)]));
}

class SearchIndexes {
  private indexes: Indexes | null = null;
  /** Changes committed while a build reads the tables, replayed over it when it is done. */
  private queued: [SearchedTable, readonly Change[]][] | null = null;
  private building: Promise<void> | null = null;
  private rebuildAfter = false;
  private wanted = false;
  /** Goes up when the indexes are dropped, so that a build under way throws its result away. */
  private generation = 0;
  /** This connection's transactions that changed people or cases, until they commit. */
  private readonly ours = new Set<IDBTransaction>();
  /** Counts the changes of what a search from memory answers (a write, a build, a drop). */
  private changes = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: Dexie) {}

  get ready(): boolean {
    return this.indexes !== null;
  }

  get version(): number {
    return this.changes;
  }

  /** Calls `listener` after each change of what a search from memory would answer. */
  watch(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    this.changes++;
    for (const listener of this.listeners) listener();
  }

  /** The build under way, if any. */
  get settled(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  /** Builds the indexes (once; later calls wait for the same build). */
  warm(): Promise<void> {
    this.wanted = true;
    if (this.building) return this.building;
    return this.indexes ? Promise.resolve() : this.rebuild();
  }

  /**
   * Forgets every token and name (the desk was locked): nothing of them stays reachable in memory,
   * a build under way is thrown away, and nothing is built again until the next warm().
   */
  drop() {
    this.wanted = false;
    this.generation++;
    this.indexes = null;
    this.queued = null;
    this.changed();
  }

  search(table: SearchedTable, tokens: readonly string[], limit: number): string[] | null {
    return this.indexes?.[table].search(tokens, limit) ?? null;
  }

  /** The people named `nameKey` or within two letters of it; null while not built. */
  similarNames(nameKey: string): SimilarNames | null {
    return this.indexes?.names.near(nameKey) ?? null;
  }

  /** The DBCore middleware that passes this connection's changes to the indexes. */
  wrap(down: DBCore): DBCore {
    return {
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!TABLES.includes(name as SearchedTable)) return table;
        return { ...table, mutate: (req) => this.mutate(name as SearchedTable, table, req) };
      },
    };
  }

  /** A storagemutated event: rebuild if it changed people or cases and did not come from here. */
  noticeMutation(parts: ObservabilitySet) {
    if (!this.wanted || !this.db.isOpen()) return;
    const prefixes = TABLES.map((table) => `idb://${this.db.name}/${table}/`);
    if (!Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)))) return;
    const mine = [...this.ours].some(
      (trans) => (trans as { mutatedParts?: unknown }).mutatedParts === parts,
    );
    if (!mine) this.invalidate();
  }

  private async mutate(table: SearchedTable, down: DBCoreTable, req: DBCoreMutateRequest) {
    const res = await down.mutate(req);
    if (!this.wanted) return res;
    const changes = changesOf(table, req, res);
    const trans = req.trans as unknown as IDBTransaction;
    this.ours.add(trans);
    trans.addEventListener('complete', () => {
      this.commit(table, changes);
      // Dexie announces the commit before this listener runs; forget the transaction after.
      setTimeout(() => this.ours.delete(trans));
    });
    trans.addEventListener('abort', () => this.ours.delete(trans));
    return res;
  }

  private commit(table: SearchedTable, changes: readonly Change[] | 'unknown') {
    if (changes === 'unknown') {
      this.invalidate();
      return;
    }
    this.queued?.push([table, changes]);
    if (!this.indexes) return;
    apply(this.indexes, table, changes);
    this.changed();
  }

  /** Drops the indexes (searches go to the database) and builds them again. */
  private invalidate() {
    this.indexes = null;
    this.changed();
    if (this.building) this.rebuildAfter = true;
    else void this.rebuild();
  }

  private rebuild(): Promise<void> {
    const run = async () => {
      do {
        this.rebuildAfter = false;
        this.indexes = null;
        const generation = this.generation;
        const built = await this.build();
        if (generation !== this.generation) {
          // Dropped while it was built (a lock): thrown away, and built again if wanted again.
          if (!this.wanted) return;
          this.rebuildAfter = true;
          continue;
        }
        this.indexes = built;
      } while (this.rebuildAfter);
      this.changed();
    };
    this.building = run()
      .catch(() => {
        // The database was closed or deleted under the build: searches keep using it directly.
        this.indexes = null;
      })
      .finally(() => {
        this.building = null;
      });
    return this.building;
  }

  private async build(): Promise<Indexes> {
    const fresh: Indexes = {
      people: new TokenIndex({ withPhones: true }),
      cases: new TokenIndex(),
      names: new NameKeyIndex(),
    };
    this.queued = [];
    try {
      for (const table of TABLES) {
        let last: string | null = null;
        for (;;) {
          const store = this.db.table(table);
          const after = last === null ? store.toCollection() : store.where(':id').above(last);
          // Only the tokens and a person's names are decrypted (encryption.ts, readForSearch).
          const rows = (await readForSearch(
            this.db,
            [table],
            () => after.limit(BUILD_CHUNK).toArray(),
            NAME_FIELDS,
          )) as Tokened[];
          apply(
            fresh,
            table,
            rows.map((row) => changeOf(table, row)),
          );
          if (rows.length < BUILD_CHUNK) break;
          last = rows[rows.length - 1]!.id;
          await idle();
          // A search the officer typed goes first (readPriority.ts).
          await backgroundTurn();
        }
      }
      for (const [table, changes] of this.queued ?? []) apply(fresh, table, changes);
      return fresh;
    } finally {
      this.queued = null;
    }
  }
}

function apply(indexes: Indexes, table: SearchedTable, changes: readonly Change[]) {
  for (const [id, tokens, nameKey] of changes) {
    indexes[table].set(id, tokens);
    if (table === 'people') indexes.names.set(id, nameKey);
  }
}

const attached = new WeakMap<Dexie, SearchIndexes>();
const live = new Set<WeakRef<SearchIndexes>>();

/** Gives a database its search indexes; createDatabase calls it before the database opens. */
export function attachSearchIndexes(db: Dexie) {
  const indexes = new SearchIndexes(db);
  attached.set(db, indexes);
  live.add(new WeakRef(indexes));
  db.use({ stack: 'dbcore', name: 'SearchIndexes', create: (down) => indexes.wrap(down) });
}

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const ref of live) {
    const indexes = ref.deref();
    if (indexes) indexes.noticeMutation(parts);
    else live.delete(ref);
  }
});

/** Starts building the search indexes in the background; resolves when they are ready. */
export function warmSearchIndexes(db: Dexie): Promise<void> {
  return attached.get(db)?.warm() ?? Promise.resolve();
}

/** Drops the search indexes from memory (a lock); warmSearchIndexes builds them again. */
export function dropSearchIndexes(db: Dexie) {
  attached.get(db)?.drop();
}

/** Resolves once no search index of this window is being built (for benchmarks and tests). */
export async function searchIndexesSettled(): Promise<void> {
  await Promise.all([...live].map((ref) => ref.deref()?.settled ?? Promise.resolve()));
}

/** Ids matching the query tokens from memory, newest first; null when it must ask the database. */
export function searchInMemory(
  db: Dexie,
  table: SearchedTable,
  tokens: readonly string[],
  limit: number,
): string[] | null {
  return attached.get(db)?.search(table, tokens, limit) ?? null;
}

/**
 * The people named `nameKey` (duplicateNameKey) and those within two letters of it, from memory;
 * null when the indexes are not built and the caller must read the people itself.
 */
export function similarNamesInMemory(db: Dexie, nameKey: string): SimilarNames | null {
  return attached.get(db)?.similarNames(nameKey) ?? null;
}

/** Calls `listener` whenever what a search from memory answers may have changed. */
export function watchSearchIndexes(db: Dexie, listener: () => void): () => void {
  return attached.get(db)?.watch(listener) ?? (() => {});
}

/** Goes up with every change `watchSearchIndexes` reports (for useSyncExternalStore). */
export function searchIndexVersion(db: Dexie): number {
  return attached.get(db)?.version ?? 0;
}
