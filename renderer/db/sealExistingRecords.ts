// Encryption at rest for a database written before it (docs/encryption.md, "Migration"): at the
// first sign-in after the upgrade, every record still holding a personal field or its search
// tokens in clear, or its tokens in an older version of the blind index, is sealed (re-blinded), a batch
// per transaction. It is resumable without a cursor of its
// own: each batch reads the stored rows as IndexedDB holds them and rewrites, in the same
// transaction, only those not sealed yet, so a crash half-way leaves sealed and clear records,
// both readable, and the next sign-in carries on. Only when every table is done is the marker written; until then the app
// runs it again (and says so on screen).
import type { TulayDatabase } from './database';
import { ENCRYPTED_PATHS, isEncryptionActive, rowNeedsSealing, sealStoredRow } from './encryption';

/** The syncState row that says every record is sealed; `cursor` is the sealing format done. */
export const SEALED_MARKER_ID = 'encryptionAtRest';
/**
 * 1: every personal field and the search tokens sealed, the blind index of version 1 (128-bit
 * hashes). 2: the same with the blind index of version 2 (64-bit hashes). 3: version 3 (72-bit
 * hashes of fewer prefixes). 4: version 4 (80-bit hashes with marks). 5: version 5 (one key a
 * token, fieldCipher.ts). A desk
 * sealed in an older format has its rows re-blinded by the same scan, at the next sign-in.
 */
const SEALED_FORMAT = 5;
const BATCH = 500;

export interface SealProgress {
  done: number;
  total: number;
}

/**
 * What the sign-in must do to the records before any screen shows them: seal those saved before
 * encryption at rest ('encrypt'), re-blind the search tokens of a desk sealed with an older
 * version of the blind index ('reindex'), or nothing (null).
 */
export async function pendingSealing(db: TulayDatabase): Promise<'encrypt' | 'reindex' | null> {
  if (!isEncryptionActive(db)) return null;
  const format = (await db.syncState.get(SEALED_MARKER_ID))?.cursor ?? 0;
  if (format >= SEALED_FORMAT) return null;
  return format === 0 ? 'encrypt' : 'reindex';
}

/** Whether the records of this database may still hold personal data in clear or old hashes. */
export async function needsSealing(db: TulayDatabase): Promise<boolean> {
  return (await pendingSealing(db)) !== null;
}

/**
 * Seals the rows after `after` (in key order) still holding personal data in clear, in one
 * IndexedDB transaction that reads them as stored and writes them back sealed, below every
 * middleware: the values stay the same once read, so the search index, the report counts and
 * the audit trail have nothing to learn, and the cipher computes in the same tick (no await
 * between the read and the write). Returns the rows looked at and the last key.
 */
function sealBatch(db: TulayDatabase, table: string, after: string | null) {
  return new Promise<{ rows: number; last: string | null }>((resolve, reject) => {
    const tx = db.backendDB().transaction(table, 'readwrite');
    const store = tx.objectStore(table);
    const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const read = store.getAll(range, BATCH);
    let result = { rows: 0, last: after };
    read.onsuccess = () => {
      const rows = read.result as { id: string }[];
      try {
        for (const row of rows)
          if (rowNeedsSealing(table, row)) store.put(sealStoredRow(db, table, row));
      } catch (error) {
        tx.abort();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      result = { rows: rows.length, last: rows.length > 0 ? rows[rows.length - 1]!.id : after };
    };
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new Error('sealing aborted'));
  });
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
      const batch = await sealBatch(db, name, after);
      done += batch.rows;
      if (batch.rows > 0) onProgress({ done: Math.min(done, total), total });
      if (batch.rows < BATCH) break;
      after = batch.last;
    }
  }
  await db.syncState.put({
    id: SEALED_MARKER_ID,
    cursor: SEALED_FORMAT,
    updatedAt: new Date().toISOString(),
  });
}
