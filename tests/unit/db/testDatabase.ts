// A fresh, uniquely named database per test, opened like the app opens it, and signed in: its
// personal fields are sealed at rest as on a desk (renderer/db/encryption.ts), with a key of its
// own. `{ encrypted: false }` gives a database as a component rendered alone sees it.
import {
  createDatabase,
  openDatabase,
  unlockDatabase,
  type TulayDatabase,
  type WriteContext,
} from '../../../renderer/db';
import { fillReportCounts } from '../../../renderer/db/fillReportCounts';
import { fillReportMonths } from '../../../renderer/db/reportMonths';

let counter = 0;

export const testFieldKeys = () => ({
  data: crypto.getRandomValues(new Uint8Array(32)),
  index: crypto.getRandomValues(new Uint8Array(32)),
});

/**
 * The same keys every run, for a test that counts what a search reads: under a random index key,
 * a blind-index mark (6 bits) is shared by two neighbouring words once in 64 runs, which costs
 * that search more reads by design, and would fail such a count by chance.
 */
export const fixedFieldKeys = () => ({
  data: Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256),
  index: Uint8Array.from({ length: 32 }, (_, i) => (i * 53 + 7) % 256),
});

export async function freshDatabase(
  options: { encrypted?: boolean; keys?: ReturnType<typeof testFieldKeys> } = {},
): Promise<TulayDatabase> {
  const db = createDatabase(`tulay-unit-${Date.now()}-${counter++}`);
  if (options.encrypted !== false) unlockDatabase(db, options.keys ?? testFieldKeys());
  await openDatabase(db);
  return db;
}

export const writer = (db: TulayDatabase, actor = 'staff-1'): WriteContext => ({ db, actor });

/** Every row of a store exactly as IndexedDB holds it (sealed, blind tokens), below every layer. */
export function storedRows(db: TulayDatabase, table: string): Promise<Record<string, unknown>[]> {
  const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
  return new Promise((resolve, reject) => {
    const req = store.getAll();
    req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Rows as stored, as one text, without their sealed values, blind hashes and ids: what is left is
 * what they hold in clear. Searched for a plain word, the random base64 of thousands of
 * ciphertexts and hashes, and the hex of the ids, would now and then spell it by chance ("cruz"
 * in one run of the suite, "0142" and "9361" in others).
 */
export function clearText(rows: readonly Record<string, unknown>[]): string {
  return JSON.stringify(rows, (key, value: unknown) =>
    key === 'searchTokens'
      ? undefined
      : typeof value === 'string' && value.startsWith('enc1:')
        ? 'enc1:'
        : typeof value === 'string' && UUID.test(value)
          ? 'id'
          : value,
  );
}

/** Counts the report's day rows and their month totals from scratch, over what is stored. */
export function recountReports(db: TulayDatabase) {
  return db.transaction(
    'rw',
    [db.cases, db.caseEvents, db.people, db.reportCounts, db.reportMonths],
    async (tx) => {
      await fillReportCounts(tx);
      await fillReportMonths(tx);
    },
  );
}

/** Every count of the database, as "day|staff key" → count, then "month month|staff key". */
export async function reportCountEntries(db: TulayDatabase) {
  const out: Record<string, number> = {};
  for (const row of await db.reportCounts.toArray())
    for (const [key, n] of Object.entries(row.counts)) out[`${row.id} ${key}`] = n;
  for (const row of await db.reportMonths.toArray())
    for (const [key, n] of Object.entries(row.counts)) out[`month ${row.id} ${key}`] = n;
  return out;
}
