// Bulk writing generated cases through the write path (record, audit, outbox, search tokens —
// as the sample data and any import do), against the platform's own limit measured in the same
// run: raw IndexedDB put() of the same records (search tokens included, so the same index
// entries) in 1,000-record transactions, on a database with the same object stores and indexes.
import { Dexie } from 'dexie';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import { getPreset } from '../../../domain/presets';
import { createSampleGenerator, type SampleBatch } from '../../../domain/sample';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { writeSampleBatch } from '../../../renderer/features/settings/sampleData';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { BENCH_DESK } from '../dataset';
import { figure, ms } from '../metric';
import type { Scenario, ScenarioResult } from '../types';

/** Cases per write-path transaction: about 1,000 records, as the sample data loads them. */
const CHUNK_CASES = 100;
/** Records per raw transaction. */
const RAW_CHUNK = 1000;

function generator(size: number) {
  return createSampleGenerator({
    preset: getPreset('ofw-ph'),
    cases: size,
    seed: 99,
    now: new Date('2026-11-01T00:00:00Z'),
    actor: 'bench',
    partnerIds: {},
  });
}

const recordsIn = (b: SampleBatch) =>
  b.people.length + b.households.length + b.cases.length + b.consents.length + b.caseEvents.length;

async function freshDesk(name: string) {
  await Dexie.delete(name);
  const db = createDatabase(name);
  await openDatabase(db);
  return { db, ctx: { db, actor: await completeSetup(db, BENCH_DESK) } };
}

async function writePath(size: number): Promise<{ records: number; ms: number }> {
  const { db, ctx } = await freshDesk('tulay-bench-bulk');
  const gen = generator(size);
  let records = 0;
  let ms = 0;
  while (gen.generated < size) {
    const batch = gen.next(CHUNK_CASES);
    records += recordsIn(batch);
    const start = performance.now();
    await writeSampleBatch(ctx, 'BLK', batch);
    ms += performance.now() - start;
  }
  db.close();
  return { records, ms };
}

/** The rows the write path stores for a batch, as [store, row], with their metadata. */
function storedRows(batch: SampleBatch, next: () => string): [string, object][] {
  const meta = () => ({
    id: next(),
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'bench',
    deletedAt: null,
    serverSeq: 0,
  });
  return [
    ...batch.people.map((p): [string, object] => [
      'people',
      { ...p, ...meta(), searchTokens: personSearchTokens(p) },
    ]),
    ...batch.households.map((h): [string, object] => ['households', { ...h, ...meta() }]),
    ...batch.cases.map(({ record, people }): [string, object] => {
      const m = meta();
      // Unique, as the index on reference requires: one per record number.
      const reference = `RAW-2026-${m.id}`;
      return [
        'cases',
        { ...record, ...m, reference, searchTokens: caseSearchTokens(reference, people) },
      ];
    }),
    ...batch.consents.map((c): [string, object] => ['consents', { ...c, ...meta() }]),
    ...batch.caseEvents.map((e): [string, object] => ['caseEvents', { ...e, ...meta() }]),
  ];
}

function rawPut(idb: IDBDatabase, rows: [string, object][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const stores = [...new Set(rows.map(([store]) => store))];
    const tx = idb.transaction(stores, 'readwrite', { durability: 'strict' });
    for (const [store, row] of rows) tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw put failed'));
  });
}

async function rawBaseline(size: number): Promise<{ records: number; ms: number }> {
  const { db } = await freshDesk('tulay-bench-raw');
  const idb = db.backendDB();
  const gen = generator(size);
  let n = 0;
  const next = () => String(++n).padStart(12, '0');
  let pending: [string, object][] = [];
  let records = 0;
  let ms = 0;
  const flush = async (rows: [string, object][]) => {
    const start = performance.now();
    await rawPut(idb, rows);
    ms += performance.now() - start;
    records += rows.length;
  };
  while (gen.generated < size) {
    // The rows are made (tokens and all) before the clock starts: only the puts are timed.
    pending.push(...storedRows(gen.next(CHUNK_CASES), next));
    while (pending.length >= RAW_CHUNK) {
      await flush(pending.slice(0, RAW_CHUNK));
      pending = pending.slice(RAW_CHUNK);
    }
  }
  if (pending.length > 0) await flush(pending);
  db.close();
  return { records, ms };
}

const WRITE_PATH = 'write path';
const RAW_PUT = 'raw put';

/** A part's figures: its rate, and the time it took (records = rate × time). */
const rate = ({ records, ms: time }: { records: number; ms: number }): ScenarioResult => ({
  metrics: { rate: figure((records / time) * 1000, 'records/s'), time: ms(time) },
});

export const bulkWrite: Scenario = {
  id: 'bulk-write',
  title: 'Bulk write of generated cases vs raw IndexedDB put',
  scalesWithCases: true,
  // Each half in a browser profile of its own: at 100,000 cases each writes over a million
  // records, and the LevelDB compaction one leaves behind would slow the other.
  parts: [WRITE_PATH, RAW_PUT],
  async run(size, part) {
    return rate(await (part === RAW_PUT ? rawBaseline(size) : writePath(size)));
  },
  combine(parts) {
    const value = (part: string, name: string) => {
      const metric = parts[part]?.metrics[name];
      if (!metric) throw new Error(`bulk write: the ${part} part has no ${name}`);
      return metric.value;
    };
    const wpRate = value(WRITE_PATH, 'rate');
    const rawRate = value(RAW_PUT, 'rate');
    const wpSeconds = value(WRITE_PATH, 'time') / 1000;
    const rawSeconds = value(RAW_PUT, 'time') / 1000;
    const records = Math.round(wpRate * wpSeconds);
    return {
      metrics: {
        [WRITE_PATH]: figure(wpRate, 'records/s'),
        [RAW_PUT]: figure(rawRate, 'records/s'),
        ratio: figure(wpRate / rawRate, 'ratio', { atLeast: 0.6 }),
      },
      notes: [
        `${records.toLocaleString('en')} records; write path ${wpSeconds.toFixed(1)} s, ` +
          `raw put ${rawSeconds.toFixed(1)} s`,
      ],
    };
  },
};
