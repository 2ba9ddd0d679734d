// Where the name search before the in-memory index spends its time, in clear and encrypted
// (issue #15, docs/encryption.md "What a search decrypts"): the app's search (searchIds), then the
// same walk of the token index done by hand on IndexedDB below Dexie and the encryption layer,
// which times apart the reading of the rows, the opening of their sealed tokens and the keyed
// hashes of the query. A diagnosis, no target: `--only encryption-search-parts`.
import { queryTokens } from '../../../domain/search/normalize';
import type { TulayDatabase } from '../../../renderer/db';
import { currentFieldKeys } from '../../../renderer/db/encryption';
import { FieldCipher } from '../../../renderer/db/fieldCipher';
import { searchIds } from '../../../renderer/features/people';
import { openDataset, openEncryptedDataset } from '../dataset';
import { ms } from '../metric';
import { percentile } from '../stats';
import type { Metric, Scenario } from '../types';
import { searchQueries } from './prefixSearch';

const LIMIT = 50;

interface Walk {
  total: number;
  hashing: number;
  opening: number;
  rows: number;
  bytes: number;
}

type Row = { id: string; deletedAt?: string | null; searchTokens: string[] } & Record<
  string,
  unknown
>;

/**
 * The walk byTokens makes (the longest token's index range, each row checked against every token,
 * stopped at LIMIT), on IndexedDB directly. With a cipher: the range is the hash of the prefix and
 * each row's tokens are opened from searchTokensSealed, as the encryption layer does.
 */
function rawWalk(db: TulayDatabase, query: string, cipher: FieldCipher | null): Promise<Walk> {
  const tokens = queryTokens(query).sort((a, b) => b.length - a.length);
  const start = performance.now();
  let hashing = 0;
  let opening = 0;
  let rows = 0;
  let bytes = 0;
  let range: IDBKeyRange;
  if (cipher) {
    const h = performance.now();
    const key = cipher.blindPrefix(tokens[0]!);
    range = IDBKeyRange.bound(key, `${key}\uffff`);
    hashing += performance.now() - h;
  } else range = IDBKeyRange.bound(tokens[0]!, `${tokens[0]!}\uffff`);
  const index = db.backendDB().transaction('people', 'readonly').objectStore('people');
  const request = index.index('searchTokens').openCursor(range);
  const seen = new Set<string>();
  let found = 0;
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error ?? new Error('walk failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || found >= LIMIT) {
        resolve({ total: performance.now() - start, hashing, opening, rows, bytes });
        return;
      }
      const row = cursor.value as Row;
      rows++;
      if (rows <= 20) bytes += JSON.stringify(row).length;
      if (!seen.has(row.id)) {
        seen.add(row.id);
        let own = row.searchTokens;
        if (cipher) {
          const o = performance.now();
          own = cipher.open(
            row.searchTokensSealed as string,
            `people/${row.id}/searchTokens`,
          ) as string[];
          opening += performance.now() - o;
        }
        if (!row.deletedAt && tokens.every((q) => own.some((t) => t.startsWith(q)))) found++;
      }
      cursor.continue();
    };
  });
}

async function measureParts(db: TulayDatabase, names: string[], encrypted: boolean) {
  const app: number[] = [];
  for (const query of names) {
    const start = performance.now();
    await searchIds(db, 'people', query);
    app.push(performance.now() - start);
  }
  const keys = currentFieldKeys(db);
  if (encrypted && !keys) throw new Error('the encrypted data set is not unlocked');
  // A cipher of its own: nothing remembered from the app's walk above.
  const cipher = encrypted && keys ? new FieldCipher(keys) : null;
  const walks: Walk[] = [];
  for (const query of names) walks.push(await rawWalk(db, query, cipher));
  const sum = (pick: (w: Walk) => number) => walks.reduce((s, w) => s + pick(w), 0);
  const p95 = (pick: (w: Walk) => number) => percentile(walks.map(pick), 95);
  return {
    appP95: percentile(app, 95),
    appMean: app.reduce((s, t) => s + t, 0) / app.length,
    rawP95: p95((w) => w.total),
    rawMean: sum((w) => w.total) / walks.length,
    openingMean: sum((w) => w.opening) / walks.length,
    hashingMean: sum((w) => w.hashing) / walks.length,
    rowsMean: sum((w) => w.rows) / walks.length,
    rowBytes:
      sum((w) => w.bytes) /
      Math.max(
        1,
        sum((w) => Math.min(w.rows, 20)),
      ),
  };
}

export const encryptionSearchParts: Scenario = {
  id: 'encryption-search-parts',
  title: 'Encryption at rest: where a name search before the index spends its time',
  scalesWithCases: true,
  async run(size) {
    const clear = await openDataset(size);
    const encrypted = await openEncryptedDataset(size);
    const { names } = await searchQueries(clear.db);
    const a = await measureParts(clear.db, names, false);
    const b = await measureParts(encrypted.db, names, true);
    clear.db.close();
    encrypted.db.close();
    const metrics: Record<string, Metric> = {};
    for (const [side, m] of [
      ['clear', a],
      ['encrypted', b],
    ] as const) {
      metrics[`app search p95, ${side}`] = ms(m.appP95);
      metrics[`app search mean, ${side}`] = ms(m.appMean);
      metrics[`raw walk p95, ${side}`] = ms(m.rawP95);
      metrics[`raw walk mean, ${side}`] = ms(m.rawMean);
      metrics[`opening tokens mean, ${side}`] = ms(m.openingMean);
      metrics[`hashing mean, ${side}`] = ms(m.hashingMean);
    }
    const counts = (side: string, m: typeof a) =>
      `${side}: ${m.rowsMean.toFixed(1)} index entries walked a query, ${Math.round(m.rowBytes)} bytes of JSON a row`;
    return { notes: [counts('clear', a), counts('encrypted', b)], metrics };
  },
};
