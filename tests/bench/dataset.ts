// The benchmark data sets: a desk with N generated cases (and their people, households,
// consents and timelines) written through the real bulk write path, kept in the browser
// profile (.bench/profile, on the page's fixed origin) so that 100,000 cases are generated once
// and reused by every later run. Each size exists twice: in clear (`openDataset`, encryption
// never set up, as the bench measured before encryption at rest) and encrypted
// (`openEncryptedDataset`: a desk set up with its administrator's passphrase and keys, the data
// written in clear and then sealed by the first sign-in's migration, as on a desk that upgraded).
import { Dexie } from 'dexie';
import { uuidv7 } from '../../domain/ids';
import type { DeskProfile } from '../../domain/records';
import {
  createDatabase,
  lockDatabase,
  openDatabase,
  pendingSealing,
  sealExistingRecords,
  SEALED_MARKER_ID,
  unlockDatabase,
  type TulayDatabase,
  type WriteContext,
} from '../../renderer/db';
import { prepareKeyring, storeKeyring } from '../../renderer/features/accounts';
import { signIn } from '../../renderer/features/accounts/accountRepository';
import { TEST_PASSPHRASE } from '../fixtures/testAccount';
import { loadSampleData, readSampleSummary } from '../../renderer/features/settings/sampleData';
import {
  completeSetup,
  readSetting,
  SETTING_KEYS,
} from '../../renderer/features/settings/settingsRepository';

export const BENCH_DESK: DeskProfile = {
  municipality: 'Legazpi City',
  country: 'PH',
  deskName: 'Municipal OFW Help Desk',
  presetId: 'ofw-ph',
  staffName: 'Benchmark',
  language: 'en',
  referencePrefix: 'LGZ',
};

/**
 * Bump the version when what the write path stores changes, so that data sets are remade (the
 * encrypted set's v2: the blind index's version 2, docs/encryption.md).
 */
export const datasetName = (size: number) => `tulay-bench-v2-${size}`;
export const encryptedDatasetName = (size: number) => `tulay-bench-encrypted-v2-${size}`;

/**
 * The encrypted desk's administrator passphrase. Its keyring is made by the app's own code
 * (prepareKeyring: PBKDF2-SHA-256 with 600,000 rounds), not the tests' quick fixture, so that a
 * sign-in costs what it costs on a desk. renderApp signs in with it.
 */
export const BENCH_PASSPHRASE = TEST_PASSPHRASE;

export interface Dataset {
  db: TulayDatabase;
  ctx: WriteContext;
  name: string;
}

async function loadCases(ctx: WriteContext, size: number) {
  await loadSampleData(ctx, BENCH_DESK, {
    cases: size,
    seed: 7,
    chunkCases: 100,
    maxCases: size,
  });
  const loaded = (await readSampleSummary(ctx.db))?.cases ?? 0;
  // A data set of another size would be remade by every scenario, and its figures mislabelled.
  if (loaded !== size) throw new Error(`the data set holds ${loaded} cases, not ${size}`);
}

/** A database of `size` cases made before encryption at rest: nothing sealed. */
export async function createClearDatabase(name: string, size: number): Promise<Dataset> {
  await Dexie.delete(name);
  const db = createDatabase(name);
  await openDatabase(db);
  const actor = await completeSetup(db, BENCH_DESK);
  const ctx = { db, actor };
  await loadCases(ctx, size);
  return { db, ctx, name };
}

/** The data set in clear: encryption never set up on this connection (as before issue #15). */
export async function openDataset(size: number): Promise<Dataset> {
  const name = datasetName(size);
  const db = createDatabase(name);
  await openDatabase(db);
  const staffId = await readSetting<string>(db, SETTING_KEYS.currentStaffId);
  const summary = await readSampleSummary(db);
  // A data set that the app signed in to was sealed by it (SealingGate): no longer in clear.
  const sealed = await db.syncState.get(SEALED_MARKER_ID);
  if (staffId && summary?.cases === size && !sealed)
    return { db, ctx: { db, actor: staffId }, name };
  db.close();
  return createClearDatabase(name, size);
}

/**
 * The encrypted data set, signed in as its administrator (the app's sign-in, 600,000 rounds).
 * Made as a desk that upgraded has it: the cases written in clear (the bulk write path is several
 * times faster without the cipher), then the administrator's keyring set up and every row sealed
 * by the first sign-in's migration (`sealExistingRecords`), which stores what the encrypting
 * write path stores. At 100,000 cases that takes about 20 minutes instead of hours.
 */
export async function openEncryptedDataset(size: number): Promise<Dataset> {
  const name = encryptedDatasetName(size);
  let db = createDatabase(name);
  await openDatabase(db);
  const staffId = await readSetting<string>(db, SETTING_KEYS.currentStaffId);
  const summary = await readSampleSummary(db);
  const sealed = await db.syncState.get(SEALED_MARKER_ID);
  if (staffId && (await db.keyring.get(staffId)) && summary?.cases === size && sealed) {
    // As the app opens it: nothing personal readable or writable until someone signs in.
    lockDatabase(db);
    const keys = await signIn(db, staffId, BENCH_PASSPHRASE);
    unlockDatabase(db, keys.fieldKeys);
    // Made with an older blind index: re-blinded here, as the first sign-in after the upgrade
    // does (SealingGate), and timed: that is the upgrade's own figure.
    if ((await pendingSealing(db)) === 'reindex') {
      const started = performance.now();
      const records = await sealSayingSo(db, started);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.info(
        `[bench] encrypted data set of ${size} cases re-blinded: ${records} records in ${seconds} s ` +
          `(${Math.round(records / Number(seconds))} records/s)`,
      );
    }
    return { db, ctx: { db, actor: staffId }, name };
  }

  db.close();
  await Dexie.delete(name);
  db = createDatabase(name);
  await openDatabase(db);
  // The set-up screen's steps (useCompleteSetup): the desk key wrapped for the administrator's
  // passphrase and a recovery key, stored with the desk.
  const keyring = await prepareKeyring(uuidv7(), BENCH_PASSPHRASE);
  const actor = await completeSetup(db, BENCH_DESK, {
    staffId: keyring.staffKey.id,
    store: (ctx) => storeKeyring(ctx, keyring),
  });
  // Never locked on this page yet, so the write path stores in clear, as before encryption.
  const ctx = { db, actor };
  const started = performance.now();
  await loadCases(ctx, size);
  const written = performance.now();
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  // Said as it goes: at 100,000 cases the sealing alone takes most of an hour.
  console.info(`[bench] ${size} cases written in clear in ${seconds(started, written)} s; sealing`);
  // The first sign-in after the upgrade (SealingGate): every row sealed, then the marker written.
  unlockDatabase(db, keyring.keys.fieldKeys);
  const records = await sealSayingSo(db, written);
  if (!(await db.syncState.get(SEALED_MARKER_ID))) throw new Error('the data set was not sealed');
  // The sealing is the migration of a desk that upgraded: its time is a figure of its own.
  const done = performance.now();
  console.info(
    `[bench] encrypted data set of ${size} cases: written in clear in ${seconds(started, written)} s; ` +
      `${records} records sealed in ${seconds(written, done)} s ` +
      `(${Math.round(records / ((done - written) / 1000))} records/s)`,
  );
  return { db, ctx, name };
}

/** sealExistingRecords, saying a tenth at a time how far it is; returns the records looked at. */
async function sealSayingSo(db: TulayDatabase, started: number): Promise<number> {
  let records = 0;
  let told = 0;
  await sealExistingRecords(db, (progress) => {
    records = progress.total;
    if (progress.done - told < progress.total / 10) return;
    told = progress.done;
    const rate = Math.round(progress.done / ((performance.now() - started) / 1000));
    console.info(`[bench] sealed ${progress.done} of ${progress.total} records (${rate}/s)`);
  });
  return records;
}

/** A fixed pseudo-random pick, so every run asks the same questions. */
export function pick<T>(items: readonly T[], count: number, seed = 11): T[] {
  let state = seed;
  const out: T[] = [];
  for (let i = 0; i < count && items.length > 0; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out.push(items[state % items.length]!);
  }
  return out;
}
