// Backs up every table of the database into one encrypted file (backupFormat.ts), and restores
// such a file: verified to its end first, then written in one transaction that reads the file
// again a chunk at a time, so that a wrong passphrase or a damaged file changes nothing. See
// docs/backup.md.
import { Dexie, type Collection, type Table } from 'dexie';
import {
  currentFieldKeys,
  LATEST_SCHEMA_VERSION,
  putStoredRows,
  readWholeInThisTransaction,
  unlockDatabase,
  type TulayDatabase,
} from '../../db';
import {
  BackupError,
  BackupWriter,
  blobSink,
  readBackup,
  readBackupHeader,
  recordsOf,
  type BackupChunk,
  type BackupDeskKeys,
  type BackupEnd,
  type BackupSink,
} from './backupFormat';
import { upgradeOlderBackup } from './upgradeOlderBackup';

/** Records read from the database per step while backing up. */
const PAGE = 500;
/**
 * Kept by the database itself as records are written (renderer/db/reportCounts.ts,
 * reportMonths.ts): a desk holding only these holds no data of its own.
 */
const DERIVED = new Set(['reportCounts', 'reportMonths']);
/**
 * What a backup without keys (made before encryption at rest) cannot bring: its keyring wraps a
 * desk secret whose keys it does not hold, while its records are sealed on restore with the
 * current keys. The desk keeps its own staff and keyring, so the passphrases and recovery key in
 * use open what was restored.
 */
const KEPT_WITHOUT_KEYS = new Set(['staff', 'keyring']);

export interface BackupOptions {
  /** Tests only: fewer PBKDF2 iterations. */
  testIterations?: number;
  /** Called after each page with the records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

const tablesOf = (db: TulayDatabase) =>
  [...db.tables].sort((a, b) => a.name.localeCompare(b.name)) as Table<{ id: string }, string>[];

/** Every table, read a page at a time, into an encrypted Blob. */
export async function backupDatabase(
  db: TulayDatabase,
  passphrase: string,
  options: BackupOptions = {},
): Promise<Blob> {
  const out = blobSink();
  await writeBackup(db, passphrase, out.write, options);
  return out.blob();
}

/**
 * Every table, read a page at a time, encrypted and handed to `sink` in bounded pieces as it is
 * made (each written before the next is made). Returns the number of records written.
 */
export async function writeBackup(
  db: TulayDatabase,
  passphrase: string,
  sink: BackupSink,
  options: BackupOptions = {},
): Promise<number> {
  const writer = await BackupWriter.create(
    {
      schemaVersion: LATEST_SCHEMA_VERSION,
      passphrase,
      now: options.now,
      testIterations: options.testIterations,
    },
    sink,
  );
  const tables = tablesOf(db);
  const counts = await Promise.all(tables.map((table) => table.count()));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  for (const table of tables) {
    await writer.startTable(table.name);
    let last: string | null = null;
    for (;;) {
      const after: Collection<{ id: string }, string> =
        last === null ? table.toCollection() : table.where(':id').above(last);
      // Whole, whoever is signed in (an automatic backup may run during a clerk's session).
      const rows: { id: string }[] = await db.transaction('r', table, () => {
        readWholeInThisTransaction();
        return after.limit(PAGE).toArray();
      });
      for (const row of rows) await writer.add(row);
      done += rows.length;
      options.onProgress?.(done, total);
      if (rows.length < PAGE) break;
      last = rows[rows.length - 1]!.id;
    }
  }
  // The keys the records read above were sealed with on this desk: a restore seals them again
  // with these, the ones the keyring written above leads to (docs/backup.md).
  const keys = currentFieldKeys(db);
  try {
    await writer.finish(keys);
  } finally {
    keys?.data.fill(0);
    keys?.index.fill(0);
  }
  return done;
}

export interface RestoreOptions {
  /** Tests only: accept files made with fewer PBKDF2 iterations. */
  testMinIterations?: number;
  /**
   * Called once the whole file is verified and before anything is replaced, when the database
   * holds data: it saves a copy of what is about to be replaced. If it throws, nothing changes.
   */
  saveSafetyCopy?: () => Promise<void>;
  /** Called as the records are written, with the records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface RestoreResult {
  createdAt: string;
  records: number;
  /**
   * The desk now seals with the backup's keys, which only the restored keyring's passphrases (and
   * recovery key) lead to: the session must end, and someone of the restored desk sign in.
   */
  keysChanged: boolean;
}

const isUnlocked = (db: TulayDatabase) => {
  const keys = currentFieldKeys(db);
  keys?.data.fill(0);
  keys?.index.fill(0);
  return keys !== null;
};

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
const sameKeys = (a: BackupDeskKeys, b: BackupDeskKeys) =>
  sameBytes(a.data, b.data) && sameBytes(a.index, b.index);

/** Whether the desk holds any record (restoring over it replaces them). */
export async function holdsData(db: TulayDatabase): Promise<boolean> {
  const tables = tablesOf(db).filter((table) => !DERIVED.has(table.name));
  const counts = await Promise.all(tables.map((table) => table.count()));
  return counts.some((count) => count > 0);
}

/**
 * Restores a backup over the whole database, in two passes over the file, so that a bad file
 * changes nothing and the decrypted data is never all in memory:
 * 1. the whole file is decrypted and checked to its end marker, keeping nothing but the names of
 *    its tables;
 * 2. then (after the safety copy, when the desk holds data) ONE transaction clears every table
 *    and refills it, decrypting the file again a chunk at a time inside it: `Dexie.waitFor`
 *    keeps the transaction open across each read and decryption. Anything that fails there (the
 *    file changed or became unreadable since the check) aborts the transaction, and the desk is
 *    as it was; so is it if the app is closed or crashes before the commit.
 *    The records are written below the database's layers (putStoredRows): the file holds them as
 *    they were stored, with their search tokens, the report counts and the audit chain, so only
 *    their sealing is left to do (docs/backup.md, "Writing below the layers").
 * A backup from an older schema goes through `upgradeOlderBackup` instead, which needs its
 * decrypted chunks in memory (they are written into a staging database first).
 */
export async function restoreBackup(
  db: TulayDatabase,
  file: Blob,
  passphrase: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  let key: CryptoKey | undefined;
  const reader = {
    passphrase,
    schemaVersion: LATEST_SCHEMA_VERSION,
    testMinIterations: options.testMinIterations,
  };
  const older: BackupChunk[] = [];
  /** The records of each table in the file. */
  const inFile = new Map<string, number>();
  const verifying = readBackup(file, { ...reader, onKey: (made) => (key = made) });
  const { header: clear } = await readBackupHeader(file);
  const isOlder = clear.schemaVersion < LATEST_SCHEMA_VERSION;
  let header: BackupEnd;
  for (;;) {
    const next = await verifying.next();
    if (next.done) {
      header = next.value;
      break;
    }
    const { table, records } = next.value;
    inFile.set(table, (inFile.get(table) ?? 0) + records);
    if (isOlder) older.push(next.value);
  }
  const upgraded = isOlder
    ? await upgradeOlderBackup(db.name, header.schemaVersion, older.splice(0))
    : null;
  const names = new Set(db.tables.map((table) => table.name));
  if (upgraded) {
    inFile.clear();
    for (const { table, records } of upgraded)
      inFile.set(table, (inFile.get(table) ?? 0) + records);
  }
  if ([...inFile.keys()].some((table) => !names.has(table))) throw new BackupError('damaged');
  if (options.saveSafetyCopy && (await holdsData(db))) await options.saveSafetyCopy();

  // Keys: a backup that carries its desk's keys is written under them (its keyring leads to
  // them); one without (made before encryption at rest) is written under the current keys, and
  // the desk keeps its own staff and keyring. A desk that seals nothing takes the file as it is.
  const current = currentFieldKeys(db);
  const backupKeys = header.deskKeys;
  const keysChanged = current !== null && backupKeys !== null && !sameKeys(current, backupKeys);
  const kept = current !== null && backupKeys === null ? KEPT_WITHOUT_KEYS : new Set<string>();

  /** The file's chunks again, one at a time (the upgraded ones from memory). */
  async function* chunksToWrite(): AsyncGenerator<BackupChunk> {
    if (upgraded) {
      yield* upgraded;
      return;
    }
    const again = readBackup(file, { ...reader, key });
    for (;;) {
      // Outside the transaction's zone, while the transaction is kept open meanwhile.
      const next = await Dexie.waitFor(Dexie.ignoreTransaction(() => again.next()));
      if (next.done) return;
      yield next.value;
    }
  }

  let records = 0;
  const tables = tablesOf(db).filter((table) => !kept.has(table.name));
  let total = 0;
  for (const [table, count] of inFile) if (!kept.has(table)) total += count;
  options.onProgress?.(0, total);
  try {
    await db.transaction('rw', tables, async () => {
      readWholeInThisTransaction();
      const trans = Dexie.currentTransaction.idbtrans;
      // Emptied with IndexedDB first: nothing is read, opened or counted on the way out. Then
      // through the database, now at no cost, so that the layers that keep something in memory
      // (the search index, live queries, the read policy) learn that every table was replaced.
      for (const table of tables) trans.objectStore(table.name).clear();
      for (const table of tables) await table.clear();
      // Everything written from here on is sealed with the backup's keys, which the keyring
      // written below leads to.
      if (keysChanged && backupKeys) unlockDatabase(db, backupKeys);
      // The records go back as the file holds them, i.e. as they were stored, below the layers:
      // their search tokens, the report counts and the audit chain (its links and its head) are
      // in the file already, and only encryption has work to do (putStoredRows).
      for await (const chunk of chunksToWrite()) {
        if (kept.has(chunk.table)) continue;
        await putStoredRows(db, trans, chunk.table, recordsOf(chunk));
        records += chunk.records;
        options.onProgress?.(records, total);
      }
    });
  } catch (error) {
    // Nothing was replaced: the desk goes on with its own keys.
    // (Unless the desk locked meanwhile: it stays locked.)
    if (keysChanged && current && isUnlocked(db)) unlockDatabase(db, current);
    throw error;
  } finally {
    current?.data.fill(0);
    current?.index.fill(0);
  }
  return { createdAt: header.createdAt, records, keysChanged };
}
