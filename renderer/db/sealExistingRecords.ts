// Encryption at rest for a database written before it (docs/encryption.md, "Migration"): at the
// first sign-in after the upgrade, every record still holding a personal field or its search
// tokens in clear is sealed, a batch per transaction. It is resumable without a cursor of its
// own: the scan reads the stored rows as IndexedDB holds them and rewrites only those not sealed
// yet, so a crash half-way leaves sealed and clear records, both readable, and the next
// sign-in carries on. Only when every table is done is the marker written; until then the app
// runs it again (and says so on screen).
import type { TulayDatabase } from './database';
import { ENCRYPTED_PATHS, isEncryptionActive, rowNeedsSealing } from './encryption';
import { readWholeInThisTransaction } from './readPolicy';

/** The syncState row that says every record is sealed; `cursor` is the sealing format done. */
export const SEALED_MARKER_ID = 'encryptionAtRest';
const SEALED_FORMAT = 1;
const BATCH = 500;

export interface SealProgress {
  done: number;
  total: number;
}

/** Whether the records of this database may still hold personal data in clear. */
export async function needsSealing(db: TulayDatabase): Promise<boolean> {
  if (!isEncryptionActive(db)) return false;
  const marker = await db.syncState.get(SEALED_MARKER_ID);
  return (marker?.cursor ?? 0) < SEALED_FORMAT;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Stored rows after `after` (in key order), exactly as IndexedDB holds them. */
async function rawBatch(db: TulayDatabase, table: string, after: string | null) {
  const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
  const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
  return request(store.getAll(range, BATCH)) as Promise<{ id: string }[]>;
}

/**
 * Seals every record of the database still in clear; calls `onProgress` after each batch, with
 * the rows looked at and the rows there are. Needs the desk's keys (signed in).
 */
export async function sealExistingRecords(
  db: TulayDatabase,
  onProgress: (progress: SealProgress) => void = () => {},
): Promise<void> {
  const tables = Object.keys(ENCRYPTED_PATHS);
  const counts = await Promise.all(tables.map((name) => db.table(name).count()));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  onProgress({ done, total });
  for (const name of tables) {
    let after: string | null = null;
    for (;;) {
      const rows = await rawBatch(db, name, after);
      if (rows.length === 0) break;
      const clear = rows.filter((row) => rowNeedsSealing(name, row)).map((row) => row.id);
      if (clear.length > 0) {
        // Read through the database (in clear, whatever it held), written back sealed. The
        // records are read again inside the transaction: one changed since the scan is kept.
        await db.transaction('rw', name, async () => {
          readWholeInThisTransaction();
          const records = (await db.table(name).bulkGet(clear)).filter(Boolean);
          await db.table(name).bulkPut(records);
        });
      }
      done += rows.length;
      onProgress({ done: Math.min(done, total), total });
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
  }
  await db.syncState.put({
    id: SEALED_MARKER_ID,
    cursor: SEALED_FORMAT,
    updatedAt: new Date().toISOString(),
  });
}
