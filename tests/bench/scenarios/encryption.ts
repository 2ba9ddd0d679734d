// Encryption at rest (issue #15, docs/encryption.md): what it costs.
// - encryption-cost: an intake save and the searches on the encrypted data set against the same
//   on the data set in clear, same run (DESIGN §6: ≤ 1.3 × the same without).
// - sign-in: from the passphrase submitted on the sign-in screen (the app's own sign-in: PBKDF2
//   with the account's 600,000 rounds, the session's keys, the sealing check) to the case list
//   showing its first rows, then to a search typed at once showing its answer.
// - seal-existing: the first sign-in's migration of a database written before encryption
//   (sealExistingRecords), in a browser profile of its own since it changes the database.
import { fullName } from '../../../domain/people/personTokens';
import type { StaffKeyEntry } from '../../../domain/records/keyring';
import { unwrapWithPassphrase } from '../../../domain/security/deskKeys';
import {
  createDatabase,
  ENCRYPTED_PATHS,
  lockDatabase,
  needsSealing,
  openDatabase,
  sealExistingRecords,
  searchIndexesSettled,
  unlockDatabase,
  type SealProgress,
  type TulayDatabase,
} from '../../../renderer/db';
import { rowNeedsSealing } from '../../../renderer/db/encryption';
import { prepareKeyring } from '../../../renderer/features/accounts';
import { SEARCH_LIMIT } from '../../../renderer/features/cases/list/useCaseSearch';
import { searchIds } from '../../../renderer/features/people';
import { formatNumber } from '../../../renderer/ui/format';
import {
  BENCH_PASSPHRASE,
  createClearDatabase,
  openDataset,
  openEncryptedDataset,
  pick,
} from '../dataset';
import { figure, ms } from '../metric';
import { watchLongTasks } from '../longTasks';
import { mountApp, typePassphrase, typeText, until } from '../renderApp';
import { afterPaint, percentile, timed } from '../stats';
import type { Metric, Scenario } from '../types';
import { measureIntakeSaves } from './intakeSave';
import { measureSearches } from './prefixSearch';

/** DESIGN §6: intake save and search with encryption on, ≤ 1.3 × the same without. */
const RATIO_TARGET = { atMost: 1.3 };

const ratio = (encrypted: number, clear: number): Metric =>
  figure(encrypted / clear, 'ratio', RATIO_TARGET);

export const encryptionCost: Scenario = {
  id: 'encryption-cost',
  title: 'Encryption at rest: intake save and search, encrypted vs in clear',
  scalesWithCases: true,
  async run(size) {
    const clear = await openDataset(size);
    const encrypted = await openEncryptedDataset(size);
    // Searches first, each data set's index not built yet; then the saves, index built.
    const clearSearch = await measureSearches(clear.db);
    const sealedSearch = await measureSearches(encrypted.db);
    const clearSaves = await measureIntakeSaves(clear, size, { raw: false });
    const sealedSaves = await measureIntakeSaves(encrypted, size, { raw: false });
    clear.db.close();
    encrypted.db.close();
    const p95 = (samples: number[]) => percentile(samples, 95);
    return {
      notes: [
        // measureSearches throws when a search before the index answers otherwise than the
        // in-memory index, on either set.
        `on each set, ${sealedSearch.walked.length} name queries found as many people and cases before the in-memory index as from it (${sealedSearch.found} found cases on the encrypted set)`,
        `slowest name searches before the index, encrypted: ${sealedSearch.slowest.join(', ')}`,
        `slowest case list searches before the index, encrypted: ${sealedSearch.slowestCases.join(', ')}`,
        `the same in clear: ${clearSearch.slowestCases.join(', ')}`,
      ],
      metrics: {
        'intake p95, clear': ms(p95(clearSaves.saves)),
        'intake p95, encrypted': ms(p95(sealedSaves.saves)),
        'intake p95 ratio': ratio(p95(sealedSaves.saves), p95(clearSaves.saves)),
        'name search p95, clear': ms(p95(clearSearch.name)),
        'name search p95, encrypted': ms(p95(sealedSearch.name)),
        'name search p95 ratio': ratio(p95(sealedSearch.name), p95(clearSearch.name)),
        'phone search p95, clear': ms(p95(clearSearch.phone)),
        'phone search p95, encrypted': ms(p95(sealedSearch.phone)),
        'phone search p95 ratio': ratio(p95(sealedSearch.phone), p95(clearSearch.phone)),
        'reference search p95, clear': ms(p95(clearSearch.reference)),
        'reference search p95, encrypted': ms(p95(sealedSearch.reference)),
        'name p95 before the index, clear': ms(p95(clearSearch.walked)),
        'name p95 before the index, encrypted': ms(p95(sealedSearch.walked)),
        'name p95 before the index ratio': ratio(p95(sealedSearch.walked), p95(clearSearch.walked)),
        'case list name p95 before the index, clear': ms(p95(clearSearch.walkedCases)),
        'case list name p95 before the index, encrypted': ms(p95(sealedSearch.walkedCases)),
        'case list name p95 before the index ratio': ratio(
          p95(sealedSearch.walkedCases),
          p95(clearSearch.walkedCases),
        ),
        'index build, clear': ms(clearSearch.build),
        'index build, encrypted': ms(sealedSearch.build),
      },
    };
  },
};

const caseCount = () => document.querySelector('[data-testid="case-count"]')?.textContent ?? '';

export const signInToCaseList: Scenario = {
  id: 'sign-in',
  title: 'Sign-in (encrypted desk) → case list usable',
  scalesWithCases: true,
  async run(size) {
    const { db, ctx, name } = await openEncryptedDataset(size);
    const row = (await db.keyring.get(ctx.actor)) as StaffKeyEntry;
    // The key derivation alone, as the sign-in does it: PBKDF2, unwrap, HKDF.
    const [, derivation] = await timed(() => unwrapWithPassphrase(row.wrap, BENCH_PASSPHRASE));
    // What the officer searches for once the list is there: a client's family name.
    const [someCase] = pick(await db.cases.limit(2_000).toArray(), 1, 23);
    const client = await db.people.get(someCase!.clientId);
    const query = client!.familyName.toLowerCase();
    const found = (await searchIds(db, 'cases', query, SEARCH_LIMIT)).length;
    const total = await db.cases.count();
    const expected = `${formatNumber('en', found)} of ${formatNumber('en', total)} cases`;
    // As at the start of a day: the desk opens locked, nothing in memory from this connection.
    lockDatabase(db);
    db.close();

    const { root } = await mountApp(name, '/cases');
    const form = await typePassphrase();
    await afterPaint();
    const tasks = watchLongTasks();
    const start = performance.now();
    form.requestSubmit();
    await until(() => document.querySelector('[aria-rowindex]'), 300_000);
    await afterPaint();
    const firstRows = performance.now() - start;
    const search = document.querySelector<HTMLInputElement>('[data-testid="case-search"]');
    if (!search) throw new Error('the case list shows no search box');
    typeText(search, query);
    // Every match on screen: with its count, or while every case is still being read, as
    // "Showing N — still reading all cases…" (the matches are read by id meanwhile).
    const shown = `Showing ${formatNumber('en', found)} —`;
    await until(() => caseCount() === expected || caseCount().startsWith(shown) || null, 300_000);
    await afterPaint();
    const matchesShown = performance.now() - start;
    await until(() => caseCount() === expected || null, 300_000).catch(() => {
      throw new Error(`"${query}" should show "${expected}", shows "${caseCount()}"`);
    });
    await afterPaint();
    const answered = performance.now() - start;
    await searchIndexesSettled();
    const indexBuilt = performance.now() - start;
    const longest = await tasks.stop();
    root.unmount();
    return {
      notes: [
        `PBKDF2 rounds of the account: ${row.wrap.iterations.toLocaleString('en')}`,
        `searched "${query}" (${fullName(client!)}'s family name): ${expected}`,
      ],
      metrics: {
        'key derivation': ms(derivation),
        'passphrase → first rows': ms(firstRows),
        'passphrase → matches shown': ms(matchesShown),
        'passphrase → search answered': ms(answered),
        'passphrase → search index built': ms(indexBuilt),
        'longest task, passphrase → index built': ms(longest),
      },
    };
  },
};

/** The stored rows of `table` still holding something personal in clear (a raw scan). */
async function rowsInClear(db: TulayDatabase, table: string): Promise<number> {
  const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
  return new Promise((resolve, reject) => {
    let clear = 0;
    const request = store.openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(clear);
      if (rowNeedsSealing(table, cursor.value)) clear++;
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('scan failed'));
  });
}

const BEFORE_ENCRYPTION = 'tulay-bench-before-encryption';

export const sealExisting: Scenario = {
  id: 'seal-existing',
  title: 'Encryption at rest: sealing a database made before it (first sign-in)',
  scalesWithCases: true,
  // It rewrites the whole database: a throw-away profile per run, the data made anew in it.
  parts: ['seal'],
  async run(size) {
    const made = await createClearDatabase(BEFORE_ENCRYPTION, size);
    const staffId = made.ctx.actor;
    const someone = (await made.db.people.limit(1).toArray())[0]!;
    made.db.close();

    // The app's connection: opened locked, then the administrator's keys unlock it.
    const db = createDatabase(BEFORE_ENCRYPTION);
    lockDatabase(db);
    await openDatabase(db);
    const { keys } = await prepareKeyring(staffId, BENCH_PASSPHRASE);
    unlockDatabase(db, keys.fieldKeys);
    if (!(await needsSealing(db))) throw new Error('a database in clear should need sealing');
    let last: SealProgress = { done: 0, total: 0 };
    let batches = 0;
    const [, took] = await timed(() =>
      sealExistingRecords(db, (progress) => {
        last = progress;
        batches++;
      }),
    );

    // Nothing left in clear, and the records read back and are found as before.
    const left = await Promise.all(Object.keys(ENCRYPTED_PATHS).map((t) => rowsInClear(db, t)));
    if (left.some((n) => n > 0))
      throw new Error(`rows left in clear after sealing: ${left.join(', ')}`);
    const back = await db.people.get(someone.id);
    if (back?.familyName !== someone.familyName)
      throw new Error('a sealed person reads back wrong');
    const hits = await searchIds(
      db,
      'people',
      `${someone.familyName} ${someone.givenName}`,
      10_000,
    );
    if (!hits.includes(someone.id)) throw new Error('a sealed person is not found by name');
    db.close();
    return {
      notes: [
        `${last.total.toLocaleString('en')} records sealed in ${(took / 1000).toFixed(1)} s, ${batches} progress updates`,
      ],
      metrics: {
        sealing: ms(took),
        rate: figure((1000 * last.total) / took, 'records/s'),
      },
    };
  },
  combine: (parts) => parts.seal!,
};
