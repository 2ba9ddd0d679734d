// What sample data this desk holds, kept in one settings record updated in the same transaction
// as each chunk of sample records, so that it is always exact and the header can show the badge
// without scanning 100,000 cases. It is part of the sample data: removing the data removes it.
import type { SampleBatch } from '../../../../domain/sample';
import type { TulayDatabase, WriteContext } from '../../../db';
import { readSetting, writeSetting } from '../settingsRepository';

export const SAMPLE_DATA_KEY = 'sampleData';

export interface SampleDataCounts {
  people: number;
  households: number;
  cases: number;
  consents: number;
  caseEvents: number;
}

export interface SampleDataSummary extends SampleDataCounts {
  /** When the last sample cases were written. */
  loadedAt: string;
}

export const countsOf = (batch: SampleBatch): SampleDataCounts => ({
  people: batch.people.length,
  households: batch.households.length,
  cases: batch.cases.length,
  consents: batch.consents.length,
  caseEvents: batch.caseEvents.length,
});

export async function readSampleSummary(db: TulayDatabase): Promise<SampleDataSummary | null> {
  const summary = await readSetting<SampleDataSummary | null>(db, SAMPLE_DATA_KEY);
  return summary && summary.cases + summary.people > 0 ? summary : null;
}

/** Adds a chunk's counts; call inside the chunk's transaction. */
export async function addToSampleSummary(ctx: WriteContext, added: SampleDataCounts) {
  const current = await readSampleSummary(ctx.db);
  const sum = (key: keyof SampleDataCounts) => (current?.[key] ?? 0) + added[key];
  const next: SampleDataSummary = {
    people: sum('people'),
    households: sum('households'),
    cases: sum('cases'),
    consents: sum('consents'),
    caseEvents: sum('caseEvents'),
    loadedAt: (ctx.now?.() ?? new Date()).toISOString(),
  };
  await writeSetting(ctx, SAMPLE_DATA_KEY, next);
}
