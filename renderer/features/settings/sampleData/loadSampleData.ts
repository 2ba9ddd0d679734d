// Loads generated sample data through the bulk write path (createRecords: validation, metadata,
// one audit and one outbox entry per table and chunk), one chunk of cases per transaction, with the search
// tokens the people and case repositories compute. A chunk is all or nothing, so cancelling or
// a crash leaves whole cases behind, each counted in the sample summary and removable.
import { caseSearchTokens, personSearchTokens } from '../../../../domain/people/personTokens';
import { getPreset } from '../../../../domain/presets';
import type { PresetId } from '../../../../domain/records';
import { createSampleGenerator, type SampleBatch } from '../../../../domain/sample';
import type { TulayDatabase, WriteContext } from '../../../db';
import { createRecords } from '../../../db/createRecords';
import { addToSampleSummary, countsOf, readSampleSummary } from './sampleManifest';
import { reserveReferences } from './sampleReferences';

/** About 1,000 records (and as many audit and outbox entries) per transaction. */
export const DEFAULT_CHUNK_CASES = 100;
/** The most cases one load may ask for: a year holds at most 999,999 case numbers. */
export const MAX_SAMPLE_CASES = 200_000;

export interface SampleProgress {
  done: number;
  total: number;
}

export interface LoadSampleOptions {
  cases: number;
  onProgress?: (progress: SampleProgress) => void;
  signal?: AbortSignal;
  /**
   * The same seed gives the same people and cases. By default it follows the sample cases
   * already loaded: a fresh desk always gets the same data (benchmark runs compare like with
   * like), and a second load adds different people rather than the same ones again.
   */
  seed?: number;
  chunkCases?: number;
  /**
   * The most cases this load writes; MAX_SAMPLE_CASES unless given. The benchmark's 1,000,000-case
   * data set asks for more: over the generator's two years, that is still under a year's
   * 999,999 case numbers.
   */
  maxCases?: number;
}

export interface LoadSampleResult {
  cases: number;
  cancelled: boolean;
}

export interface SampleDesk {
  presetId: PresetId;
  referencePrefix: string;
}

/** Referrals name the stakeholder that stands for a preset partner, where the desk has one. */
async function partnerStakeholders(db: TulayDatabase): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  await db.stakeholders.each((s) => {
    if (s.presetPartnerId && !s.deletedAt) ids[s.presetPartnerId] ??= s.id;
  });
  return ids;
}

export async function writeSampleBatch(ctx: WriteContext, prefix: string, batch: SampleBatch) {
  const { db } = ctx;
  const tables = [db.people, db.households, db.cases, db.consents, db.caseEvents];
  await db.transaction('rw', [...tables, db.settings, db.audit, db.outbox], async () => {
    const openedAt = batch.cases.map((c) => c.record.openedAt);
    const references = await reserveReferences(ctx, prefix, openedAt);
    const people = batch.people.map((p) => ({ ...p, searchTokens: personSearchTokens(p) }));
    const cases = batch.cases.map(({ record, people: named }, i) => ({
      ...record,
      reference: references[i]!,
      searchTokens: caseSearchTokens(references[i]!, named),
    }));
    await Promise.all([
      createRecords(ctx, 'people', people),
      createRecords(ctx, 'households', batch.households),
      createRecords(ctx, 'cases', cases),
      createRecords(ctx, 'consents', batch.consents),
      createRecords(ctx, 'caseEvents', batch.caseEvents),
      addToSampleSummary(ctx, countsOf(batch)),
    ]);
  });
}

export async function loadSampleData(
  ctx: WriteContext,
  desk: SampleDesk,
  options: LoadSampleOptions,
): Promise<LoadSampleResult> {
  const max = options.maxCases ?? MAX_SAMPLE_CASES;
  const total = Math.min(Math.max(0, Math.floor(options.cases)), max);
  const generator = createSampleGenerator({
    preset: getPreset(desk.presetId),
    cases: total,
    seed: options.seed ?? 1 + ((await readSampleSummary(ctx.db))?.cases ?? 0),
    now: ctx.now?.() ?? new Date(),
    actor: ctx.actor,
    partnerIds: await partnerStakeholders(ctx.db),
  });
  const chunk = options.chunkCases ?? DEFAULT_CHUNK_CASES;
  options.onProgress?.({ done: 0, total });
  while (generator.generated < total) {
    if (options.signal?.aborted) return { cases: generator.generated, cancelled: true };
    const batch = generator.next(chunk);
    await writeSampleBatch(ctx, desk.referencePrefix, batch);
    options.onProgress?.({ done: generator.generated, total });
  }
  return { cases: total, cancelled: false };
}
