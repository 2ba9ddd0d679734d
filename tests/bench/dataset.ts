// The benchmark data sets: a desk with N generated cases (and their people, households,
// consents and timelines) written through the real bulk write path, kept in the browser
// profile (.bench/profile, on the page's fixed origin) so that 100,000 cases are generated once
// and reused by every later run.
import { Dexie } from 'dexie';
import type { DeskProfile } from '../../domain/records';
import {
  createDatabase,
  openDatabase,
  type TulayDatabase,
  type WriteContext,
} from '../../renderer/db';
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

/** Bump the version when what the write path stores changes, so that data sets are remade. */
export const datasetName = (size: number) => `tulay-bench-v2-${size}`;

export interface Dataset {
  db: TulayDatabase;
  ctx: WriteContext;
  name: string;
}

export async function openDataset(size: number): Promise<Dataset> {
  const name = datasetName(size);
  let db = createDatabase(name);
  await openDatabase(db);
  const staffId = await readSetting<string>(db, SETTING_KEYS.currentStaffId);
  const summary = await readSampleSummary(db);
  if (staffId && summary?.cases === size) return { db, ctx: { db, actor: staffId }, name };

  db.close();
  await Dexie.delete(name);
  db = createDatabase(name);
  await openDatabase(db);
  const actor = await completeSetup(db, BENCH_DESK);
  const ctx = { db, actor };
  await loadSampleData(ctx, BENCH_DESK, { cases: size, seed: 7, chunkCases: 100, maxCases: size });
  const loaded = (await readSampleSummary(db))?.cases ?? 0;
  // A data set of another size would be remade by every scenario, and its figures mislabelled.
  if (loaded !== size) throw new Error(`the data set holds ${loaded} cases, not ${size}`);
  return { db, ctx, name };
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
