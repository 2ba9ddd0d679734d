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
import { figure } from '../metric';
import type { Scenario } from '../types';

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
  await Dexie.delete('tulay-bench-bulk');
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
      const reference = `RAW-2026-${m.id.slice(-6)}`;
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
  await Dexie.delete('tulay-bench-raw');
  return { records, ms };
}

export const bulkWrite: Scenario = {
  id: 'bulk-write',
  title: 'Bulk write of generated cases vs raw IndexedDB put',
  scalesWithCases: true,
  async run(size) {
    const wp = await writePath(size);
    const raw = await rawBaseline(size);
    const wpRate = (wp.records / wp.ms) * 1000;
    const rawRate = (raw.records / raw.ms) * 1000;
    return {
      metrics: {
        'write path': figure(wpRate, 'records/s'),
        'raw put': figure(rawRate, 'records/s'),
        ratio: figure(wpRate / rawRate, 'ratio', { atLeast: 0.6 }),
      },
      notes: [
        `${wp.records.toLocaleString('en')} records for ${size.toLocaleString('en')} cases; ` +
          `write path ${(wp.ms / 1000).toFixed(1)} s, raw put ${(raw.ms / 1000).toFixed(1)} s`,
      ],
    };
  },
};
