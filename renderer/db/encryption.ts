// Encryption at rest (issue #15, docs/encryption.md): a Dexie DBCore middleware that seals the
// personal fields of every record on its way into IndexedDB and opens them on the way out, so
// that every write path (writeRecord, createRecords, sync, import, restore, retention) and every
// read is covered without any of them knowing. It also turns the stored search tokens into a
// blind index (keyed hashes of each token's prefixes) and a prefix query into a range of them. Without the desk's keys (locked), these tables can be neither read nor written. What
// the signed-in role may not read is never decrypted at all (readPolicy.ts).
import {
  Dexie,
  type DBCore,
  type DBCoreCursor,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreQuery,
  type DBCoreTable,
} from 'dexie';
import { anonymisedPaths, type AnonymisedTable } from '../../domain/retention/anonymise';
import { referenceTokens } from '../../domain/search/normalize';
import { FieldCipher, isCurrentBlindForm, isDigits, isSealed, type FieldKeys } from './fieldCipher';
import {
  classifyCases,
  clearReadPolicy,
  isWholeTransaction,
  noteCaseWrite,
  readPolicyOf,
  withheldPaths,
  type ReadPolicy,
} from './readPolicy';

export { isDigits };

/** Thrown by any read or write of personal data while the desk is locked. */
export class DatabaseLockedError extends Error {
  constructor(readonly table: string) {
    super(`The desk is locked: ${table} cannot be read or written until someone signs in`);
    this.name = 'DatabaseLockedError';
  }
}

/** The field paths sealed in each table ("ofwDetails.documentNumber" is nested). */
export const ENCRYPTED_PATHS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    (['people', 'cases', 'caseEvents', 'consents'] satisfies AnonymisedTable[]).map((table) => [
      table,
      anonymisedPaths(table),
    ]),
  ),
  // A form in progress: everything typed so far.
  drafts: ['values'],
  // Sync conflicts keep both values of a field, personal ones included.
  conflicts: ['storedValue', 'otherValue', 'chosenValue'],
};

/** Tables whose search tokens are stored as a blind index. */
const BLIND_TABLES = new Set(['people', 'cases']);
const TOKENS = 'searchTokens';
/** Where a record keeps its own tokens, sealed, for the in-memory index (built after sign-in). */
const SEALED_TOKENS = 'searchTokensSealed';
/** Dexie's startsWith(): the range from the prefix to the prefix followed by the last character. */
const MAX_CHAR = '\uffff';

type Row = Record<string, unknown>;

/** What a read of `readForSearch` or `readWithoutPersonal` opens of each record. */
interface PartialOpen {
  /** Top-level personal fields opened; every other one comes back absent. */
  fields: readonly string[];
  /** Whether the search tokens are opened (otherwise they come back absent). */
  tokens: boolean;
}

/**
 * IndexedDB transactions of `readForSearch` and `readWithoutPersonal` (read-only, their own), with
 * what each opens: a search walks hundreds of records to show a few, the search index's build
 * reads every one, and the case list reads every case for what it never needs in clear.
 */
const partialTransactions = new WeakMap<object, PartialOpen>();

function readPartially<T>(
  db: Dexie,
  tables: string[],
  read: () => PromiseLike<T>,
  open: PartialOpen,
): Promise<T> {
  if (Dexie.currentTransaction || !isEncryptionActive(db)) return Promise.resolve(read());
  return db.transaction('r', tables, () => {
    partialTransactions.set(Dexie.currentTransaction.idbtrans, open);
    return read();
  });
}

/**
 * Runs `read` in a read-only transaction of its own in which the encryption layer opens only the
 * search tokens of the records read, and the top-level fields named in `alsoOpen` (the index's
 * build: a person's names, for the duplicate check's name key); every other personal field comes
 * back absent, never decrypted. For reads whose records never reach a screen or a write: the
 * search index's build, and the search that walks the token index until it is built. Inside
 * another transaction (whose rows may be written back) it runs `read` as it is.
 */
export function readForSearch<T>(
  db: Dexie,
  tables: string[],
  read: () => PromiseLike<T>,
  alsoOpen: readonly string[] = [],
): Promise<T> {
  return readPartially(db, tables, read, { fields: alsoOpen, tokens: true });
}

/**
 * Runs `read` in a read-only transaction of its own in which nothing personal is opened: the
 * records come back without their personal fields and search tokens. For reads that need only
 * what is stored in clear (the case list's summary of every case: reference, status, categories,
 * dates), which would otherwise decrypt every description and outcome of the desk for nothing:
 * at 10,000 cases, a third of a second of the page per 5,000 cases read. Inside another
 * transaction (whose rows may be written back) it runs `read` as it is.
 */
export function readWithoutPersonal<T>(
  db: Dexie,
  tables: string[],
  read: () => PromiseLike<T>,
): Promise<T> {
  return readPartially(db, tables, read, { fields: [], tokens: false });
}

/**
 * Per database name, for every connection of this window: absent = encryption never set up (a
 * component rendered alone in a test, a staging database); locked (cipher null); or the cipher of
 * the signed-in session.
 */
const states = new Map<string, { cipher: FieldCipher | null; keys: FieldKeys | null }>();

/** Told of every lock, by database name: what a feature keeps in memory goes with the keys. */
const lockListeners = new Set<(name: string) => void>();

/** Calls `listener` at every lock (the report's figures kept in memory are dropped there). */
export function whenLocked(listener: (name: string) => void): () => void {
  lockListeners.add(listener);
  return () => void lockListeners.delete(listener);
}

/** No personal data can be read or written in this database until `unlockDatabase`. */
export function lockDatabase(db: Dexie) {
  forgetKeys(db);
  clearReadPolicy(db);
  for (const listener of lockListeners) listener(db.name);
}

function forgetKeys(db: Dexie) {
  const state = states.get(db.name);
  states.set(db.name, { cipher: null, keys: null });
  state?.cipher?.forget();
  if (state?.keys) {
    state.keys.data.fill(0);
    state.keys.index.fill(0);
  }
}

/** Signed in: the database reads and writes with these keys (a copy; the session wipes its own). */
export function unlockDatabase(db: Dexie, keys: FieldKeys) {
  // The session's read policy stays: a restore switches keys within a session.
  forgetKeys(db);
  const own = { data: keys.data.slice(), index: keys.index.slice() };
  states.set(db.name, { cipher: new FieldCipher(own), keys: own });
}

/**
 * A copy of the keys this database seals with now (null when locked or never set up): a backup
 * carries them, so that its restore seals its records under the keys its keyring leads to.
 */
export function currentFieldKeys(db: Dexie): FieldKeys | null {
  const keys = states.get(db.name)?.keys;
  return keys ? { data: keys.data.slice(), index: keys.index.slice() } : null;
}

/** Whether this database seals personal data (set up by the app; not a bare test database). */
export function isEncryptionActive(db: Dexie): boolean {
  return states.has(db.name);
}

function getPath(row: Row, path: readonly string[]): unknown {
  let at: unknown = row;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Row)[key];
  }
  return at;
}

/** Sets a path on a copy, copying the objects along it (the caller's objects are not touched). */
function setPath(row: Row, path: readonly string[], value: unknown) {
  let at = row;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (next === undefined) at = at[key] = {};
    else if (next === null || typeof next !== 'object') return;
    else at = at[key] = { ...(next as Row) };
  }
  at[path[path.length - 1]!] = value;
}

/** Removes a path on a copy (the objects along it copied), leaving no key behind. */
function deletePath(row: Row, path: readonly string[]) {
  if (getPath(row, path) === undefined) return;
  setPath(row, path, undefined);
  const parent = path.length > 1 ? getPath(row, path.slice(0, -1)) : row;
  if (parent && typeof parent === 'object') delete (parent as Row)[path[path.length - 1]!];
}

/** A copy of the row without the fields the session may not read (never decrypted). */
function withheld(row: unknown, paths: readonly string[]): unknown {
  if (paths.length === 0 || row === null || typeof row !== 'object') return row;
  const copy: Row = { ...(row as Row) };
  for (const path of paths) deletePath(copy, path.split('.'));
  return copy;
}

/**
 * A row written by a session that read it without some fields: those fields as stored (sealed),
 * whatever the write holds there. A row not stored yet (a new record) keeps what it was given.
 */
function keepWithheld(policy: ReadPolicy, table: string, value: unknown, stored: unknown) {
  const paths = withheldPaths(policy, table, stored);
  if (paths.length === 0 || value === null || typeof value !== 'object') return value;
  const row: Row = { ...(value as Row) };
  for (const path of paths.map((p) => p.split('.'))) {
    const kept = getPath(stored as Row, path);
    if (kept === undefined) deletePath(row, path);
    else setPath(row, path, kept);
  }
  return row;
}

class TableCipher {
  private readonly paths: string[][];
  constructor(
    readonly name: string,
    paths: readonly string[],
    private readonly blind: boolean,
  ) {
    this.paths = paths.map((path) => path.split('.'));
  }

  private where(row: Row, path: readonly string[]) {
    return `${this.name}/${typeof row.id === 'string' ? row.id : ''}/${path.join('.')}`;
  }

  seal(cipher: FieldCipher, value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const row: Row = { ...(value as Row) };
    for (const path of this.paths) {
      const plain = getPath(row, path);
      if (plain === undefined || isSealed(plain)) continue;
      setPath(row, path, cipher.seal(plain, this.where(row, path)));
    }
    if (this.blind && Array.isArray(row[TOKENS])) {
      const tokens = row[TOKENS] as string[];
      row[SEALED_TOKENS] = cipher.seal(tokens, this.where(row, [TOKENS]));
      row[TOKENS] = cipher.blindTokens(this.indexed(row, tokens));
    }
    return row;
  }

  /**
   * The tokens a row is found by in its own blind index. A case's are its reference's and its
   * people's names, not their phone numbers: a number's forms (up to four tokens of ten digits or
   * more, seven keys each) were half of a case's keys, and the number is found through the
   * people's index (caseBlindSearch.ts). Every token stays in its sealed copy, for the in-memory
   * index and for checking what a search read.
   */
  private indexed(row: Row, tokens: string[]): string[] {
    if (this.name !== 'cases' || typeof row.reference !== 'string') return tokens;
    const own = new Set(referenceTokens(row.reference));
    return tokens.filter((token) => own.has(token) || !isDigits(token));
  }

  open(cipher: FieldCipher, value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const row: Row = { ...(value as Row) };
    for (const path of this.paths) {
      const sealed = getPath(row, path);
      if (isSealed(sealed)) setPath(row, path, cipher.open(sealed, this.where(row, path)));
    }
    if (this.blind && isSealed(row[SEALED_TOKENS])) {
      row[TOKENS] = cipher.open(row[SEALED_TOKENS], this.where(row, [TOKENS]));
      delete row[SEALED_TOKENS];
    }
    return row;
  }

  /** Only what `open` names opened; the other sealed fields removed (readForSearch, readWithoutPersonal). */
  openPartially(cipher: FieldCipher, value: unknown, open: PartialOpen): unknown {
    if (value === null || typeof value !== 'object') return value;
    const row: Row = { ...(value as Row) };
    for (const path of this.paths) {
      const sealed = getPath(row, path);
      if (!isSealed(sealed)) continue;
      if (path.length === 1 && open.fields.includes(path[0]!))
        setPath(row, path, cipher.open(sealed, this.where(row, path)));
      else deletePath(row, path);
    }
    if (this.blind && isSealed(row[SEALED_TOKENS])) {
      if (open.tokens) row[TOKENS] = cipher.open(row[SEALED_TOKENS], this.where(row, [TOKENS]));
      else delete row[TOKENS];
      delete row[SEALED_TOKENS];
    }
    return row;
  }

  /**
   * Whether a stored row still holds a personal field or its tokens in clear, or its tokens in
   * an older version of the blind index (hashes of another length): the migration rewrites it.
   */
  needsSealing(value: unknown): boolean {
    if (value === null || typeof value !== 'object') return false;
    const row = value as Row;
    const clear = (path: readonly string[]) => {
      const value = getPath(row, path);
      return value !== undefined && !isSealed(value);
    };
    if (this.paths.some(clear)) return true;
    if (!this.blind || !Array.isArray(row[TOKENS])) return false;
    return !isSealed(row[SEALED_TOKENS]) || !isCurrentBlindForm(row[TOKENS] as unknown[]);
  }

  /** A stored row with its own tokens opened (from searchTokensSealed); other fields as stored. */
  openTokens(cipher: FieldCipher, value: unknown): unknown {
    if (!this.blind || value === null || typeof value !== 'object') return value;
    const row = value as Row;
    if (!isSealed(row[SEALED_TOKENS])) return row;
    const opened: Row = {
      ...row,
      [TOKENS]: cipher.open(row[SEALED_TOKENS], this.where(row, [TOKENS])),
    };
    delete opened[SEALED_TOKENS];
    return opened;
  }
}

const tableCiphers = new Map(
  Object.entries(ENCRYPTED_PATHS).map(([name, paths]) => [
    name,
    new TableCipher(name, paths, BLIND_TABLES.has(name)),
  ]),
);

/**
 * A search-token range as the blind index answers it: a whole token, an equality on its keyed
 * hash; a prefix, the range of the keys that start with its hash and marks (fieldCipher.ts).
 */
function blindRange(cipher: FieldCipher, range: DBCoreKeyRange): DBCoreKeyRange {
  const equal = (key: string): DBCoreKeyRange => ({ type: 1, lower: key, upper: key });
  const startsWith = (key: string): DBCoreKeyRange => ({
    type: 2,
    lower: key,
    upper: key + MAX_CHAR,
    lowerOpen: false,
    upperOpen: false,
  });
  // DBCoreRangeType is a const enum: 1 equal, 2 range, 3 any, 4 never.
  const type: number = range.type;
  if (type === 1) return equal(cipher.blindExact(String(range.lower)));
  if (
    type === 2 &&
    typeof range.lower === 'string' &&
    range.upper === range.lower + MAX_CHAR &&
    !range.lowerOpen
  )
    return startsWith(cipher.blindPrefix(range.lower));
  if (type === 3 || type === 4) return range;
  // Nothing else can be asked of hashes; a caller that needs it must search another way.
  throw new Error('The search-token index answers only equal and starts-with queries');
}

function encryptedTable(
  table: DBCoreTable,
  tc: TableCipher,
  cipherOf: () => FieldCipher | null | undefined,
  policyOf: () => ReadPolicy | undefined,
): DBCoreTable {
  /**
   * The cipher, undefined when this connection does not encrypt; throws while locked, except in
   * a schema upgrade: it runs when the database opens, before anyone can sign in, and its steps
   * were written for data in clear. It reads and writes rows as stored (a sealed value stays
   * sealed), and what it leaves in clear is sealed at the next sign-in (sealExistingRecords).
   */
  const need = (trans: unknown) => {
    const cipher = cipherOf();
    if (cipher !== null) return cipher;
    if ((trans as IDBTransaction | undefined)?.mode === 'versionchange') return undefined;
    throw new DatabaseLockedError(tc.name);
  };
  const blindQuery = (cipher: FieldCipher | undefined, query: DBCoreQuery): DBCoreQuery =>
    cipher && BLIND_TABLES.has(tc.name) && query.index.name === TOKENS
      ? { ...query, range: blindRange(cipher, query.range) }
      : query;
  /**
   * How this request's rows are given back: without what the session may not read (never
   * decrypted), the rest opened; undefined when there is nothing to do.
   */
  const reader = (trans: unknown, cipher: FieldCipher | undefined) => {
    const policy = isWholeTransaction(trans) ? undefined : policyOf();
    if (!cipher && !policy) return undefined;
    const partial =
      typeof trans === 'object' && trans !== null ? partialTransactions.get(trans) : undefined;
    return (value: unknown) => {
      const shown = policy ? withheld(value, withheldPaths(policy, tc.name, value)) : value;
      if (!cipher) return shown;
      return partial ? tc.openPartially(cipher, shown, partial) : tc.open(cipher, shown);
    };
  };
  /** A write: sealed, and Dexie's change specs (in clear) dropped: the values are the truth. */
  const write = (req: DBCoreMutateRequest & { values: readonly unknown[] }, values: unknown[]) => {
    const cipher = cipherOf();
    const sealed = cipher ? values.map((value) => tc.seal(cipher, value)) : values;
    if (req.type === 'add') return table.mutate({ ...req, values: sealed });
    const put = { ...req, values: sealed };
    if (put.type === 'put') {
      delete put.changeSpec;
      delete put.updates;
    }
    return table.mutate(put);
  };
  /** A session's put of rows it read without some fields: those fields as stored. */
  const writeKeepingWithheld = (req: DBCoreMutateRequest & { type: 'put' }, policy: ReadPolicy) => {
    const ids = req.values.map((value) => (value as Row | null)?.id);
    const keys = ids.filter((id): id is string => typeof id === 'string');
    return table.getMany({ trans: req.trans, keys }).then((rows: unknown[]) => {
      const stored = new Map(keys.map((key, i) => [key, rows[i]]));
      const values = req.values.map((value, i) =>
        keepWithheld(policy, tc.name, value, stored.get(ids[i] as string)),
      );
      return write(req, values);
    });
  };
  const openCursor = (
    cursor: DBCoreCursor | null,
    read: (value: unknown) => unknown,
  ): DBCoreCursor | null => {
    if (!cursor) return cursor;
    let raw: unknown = undefined;
    let opened: unknown = undefined;
    // A plain object that asks the cursor: the browser's IDBCursor getters refuse to run on an
    // object that only inherits from one ("Illegal invocation").
    const wrapped: DBCoreCursor = {
      get trans() {
        return cursor.trans;
      },
      get key(): unknown {
        return cursor.key as unknown;
      },
      get primaryKey(): unknown {
        return cursor.primaryKey as unknown;
      },
      get done() {
        return cursor.done;
      },
      get value() {
        const value: unknown = cursor.value;
        if (value !== raw) {
          raw = value;
          opened = read(value);
        }
        return opened;
      },
      continue: (key?: unknown) => cursor.continue(key),
      continuePrimaryKey: (key: unknown, primaryKey: unknown) =>
        cursor.continuePrimaryKey(key, primaryKey),
      advance: (count: number) => cursor.advance(count),
      start: (onNext: () => void) => cursor.start(onNext),
      stop: (value?: unknown) => cursor.stop(value),
      next: () => cursor.next().then(() => wrapped),
      fail: (error: Error) => cursor.fail(error),
    };
    return wrapped;
  };
  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      const cipher = need(req.trans);
      const policy = policyOf();
      if (policy && tc.name === 'cases') noteCases(policy, req);
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      if (req.type === 'put' && policy && !isWholeTransaction(req.trans))
        return writeKeepingWithheld(req, policy);
      return cipher ? write(req, [...(req.values as unknown[])]) : table.mutate(req);
    },
    // `.then` on what the layer below returns, never async/await: Dexie follows its transaction
    // through its own promises, and a native one in between loses it.
    get(req) {
      const read = reader(req.trans, need(req.trans));
      const got = table.get(req);
      return read ? got.then(read) : got;
    },
    getMany(req) {
      const read = reader(req.trans, need(req.trans));
      const got = table.getMany(req);
      return read ? got.then((values: unknown[]) => values.map(read)) : got;
    },
    query(req) {
      const cipher = need(req.trans);
      const read = reader(req.trans, cipher);
      const res = table.query({ ...req, query: blindQuery(cipher, req.query) });
      if (!read || !req.values) return res;
      return res.then((r) => ({ ...r, result: r.result.map(read) }));
    },
    openCursor(req) {
      const cipher = need(req.trans);
      const read = reader(req.trans, cipher);
      const cursor = table.openCursor({ ...req, query: blindQuery(cipher, req.query) });
      return read ? cursor.then((c) => openCursor(c, read)) : cursor;
    },
    count(req) {
      const cipher = need(req.trans);
      return table.count({ ...req, query: blindQuery(cipher, req.query) });
    },
  };
}

/** Keeps the read policy's set of restricted cases in step with a write of cases. */
function noteCases(policy: ReadPolicy, req: DBCoreMutateRequest) {
  if (req.type === 'add' || req.type === 'put')
    noteCaseWrite(policy, req.trans, classifyCases(req.values));
  else if (req.type === 'delete')
    noteCaseWrite(policy, req.trans, { restricted: req.keys as string[], unrestricted: [] });
  else noteCaseWrite(policy, req.trans, { restricted: null, unrestricted: [] });
}

/**
 * Gives a database its encryption layer; createDatabase calls it before the database opens. It
 * sits below Dexie's own layers and below Tulay's (search index, report counts, audit chain),
 * which therefore see records in clear, and above the IndexedDB ones, which see them sealed.
 */
export function attachEncryption(db: Dexie) {
  const cipherOf = () => {
    const state = states.get(db.name);
    return state ? state.cipher : undefined;
  };
  const policyOf = () => readPolicyOf(db.name);
  db.use({
    stack: 'dbcore',
    name: 'Encryption',
    level: 0.5,
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        const tc = tableCiphers.get(name);
        return tc ? encryptedTable(table, tc, cipherOf, policyOf) : table;
      },
    }),
  });
}

/** Whether a stored row (as IndexedDB holds it) still has personal data in clear. */
export function rowNeedsSealing(table: string, row: unknown): boolean {
  return tableCiphers.get(table)?.needsSealing(row) ?? false;
}

/**
 * A row in clear (as a read through the database gives it) as this layer would store it if it
 * were written through the database now: sealed under the current keys, as given where the
 * database never seals (a staging database, a bare test database), refused while locked. For
 * writes below every middleware in a transaction of the caller's (a restore).
 */
export function storedFormOf(db: Dexie, table: string, row: unknown): unknown {
  const tc = tableCiphers.get(table);
  const state = states.get(db.name);
  if (!tc || !state) return row;
  if (!state.cipher) throw new DatabaseLockedError(table);
  return tc.seal(state.cipher, row);
}

/**
 * A stored row (as IndexedDB holds it, partly sealed or not at all) as it is to be stored now:
 * every personal field and its tokens sealed. For the sealing of a database written before
 * encryption, which rewrites rows in a transaction of its own, below every middleware. Throws
 * DatabaseLockedError while locked.
 */
export function sealStoredRow(db: Dexie, table: string, row: unknown): unknown {
  const tc = tableCiphers.get(table);
  const cipher = states.get(db.name)?.cipher;
  if (!tc) return row;
  if (!cipher) throw new DatabaseLockedError(table);
  // Its tokens opened first: a row half sealed (a value pulled by sync) has them as hashes
  // already, and a row of an older version of the blind index has them as hashes of another length. The fields
  // sealed already stay as they are (seal() leaves a sealed value alone).
  return tc.seal(cipher, tc.openTokens(cipher, row));
}
