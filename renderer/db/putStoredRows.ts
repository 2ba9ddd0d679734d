// Writing whole tables back below every middleware, in a transaction the caller holds: a restore
// (docs/backup.md) puts back rows that already carry what the layers above would compute for them
// (search tokens, report counts, the audit chain's links and head), so the only layer with work
// to do is encryption, and its work is done here, synchronously, row by row.
import { Dexie } from 'dexie';
import { storedFormOf } from './encryption';
import { classifyCases, noteCaseWrite, readPolicyOf } from './readPolicy';

/**
 * Puts `rows` (in clear, as a read through a database gives them) into `table` with IndexedDB
 * itself, in `trans`: sealed as the encryption layer would seal them now (refused while locked),
 * and the session's read policy told of the cases written, as that layer tells it. No other layer
 * sees them: the caller makes those that keep something in memory (the search index, live
 * queries) learn of the change, e.g. by clearing the tables through the database in the same
 * transaction. Resolves once every row is stored; if one is refused, rejects, and the
 * transaction aborts.
 */
export function putStoredRows(
  db: Dexie,
  trans: IDBTransaction,
  table: string,
  rows: readonly unknown[],
): Promise<void> {
  const policy = readPolicyOf(db.name);
  if (policy && table === 'cases') noteCaseWrite(policy, trans, classifyCases(rows));
  const store = trans.objectStore(table);
  let failure: DOMException | null = null;
  // A refused row aborts the transaction (Dexie cancels the browser's own abort on an error, to
  // report it): the rows after it then fail too, the last one with them.
  const refused = (event: Event) => {
    failure ??= (event.target as IDBRequest).error;
    try {
      trans.abort();
    } catch {
      // Aborted already.
    }
  };
  let last: IDBRequest | null = null;
  for (const row of rows) {
    last = store.put(storedFormOf(db, table, row));
    last.onerror = refused;
  }
  if (last === null) return Dexie.Promise.resolve();
  const request = last;
  // Requests complete in order: the last one succeeds only when every one before it did.
  return new Dexie.Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = (event) => {
      refused(event);
      reject(failure ?? new Error(`writing ${table} failed`));
    };
  });
}
