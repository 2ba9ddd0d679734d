// Bulk writing generated cases through the write path (record, audit, outbox, search tokens —
// as the sample data and any import do), against raw IndexedDB put() of the same records in
// 1,000-record transactions on a database with the same object stores and indexes, same run.
import { Dexie } from 'dexie';
import { getPreset } from '../../../domain/presets';
import { createSampleGenerator, type SampleBatch } from '../../../domain/sample';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { writeSampleBatch } from '../../../renderer/features/settings/sampleData';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { BENCH_DESK } from '../dataset';
import { figure } from '../metric';
import type { Scenario } from '../types';

const CHUNK_CASES = 100;

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

async function writePath(size: number): Promise<{ records: number; ms: number }> {
  await Dexie.delete('tulay-bench-bulk');
  const db = createDatabase('tulay-bench-bulk');
  await openDatabase(db);
  const ctx = { db, actor: await completeSetup(db, BENCH_DESK) };
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

function rawPut(idb: IDBDatabase, table: string, rows: object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(table, 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(table);
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw put failed'));
  });
}

async function rawBaseline(size: number): Promise<{ records: number; ms: number }> {
  await Dexie.delete('tulay-bench-raw');
  const schema = createDatabase('tulay-bench-raw');
  await openDatabase(schema);
  const idb = schema.backendDB();
  const gen = generator(size);
  let records = 0;
  let ms = 0;
  let n = 0;
  const meta = () => ({
    id: `raw-${n++}`,
    createdAt: '',
    updatedAt: '',
    updatedBy: 'b',
    deletedAt: null,
    serverSeq: 0,
  });
  while (gen.generated < size) {
    const b = gen.next(CHUNK_CASES);
    const tables: [string, object[]][] = [
      ['people', b.people.map((r) => ({ ...r, ...meta(), searchTokens: [] }))],
      ['households', b.households.map((r) => ({ ...r, ...meta() }))],
      [
        'cases',
        b.cases.map((c) => ({ ...c.record, ...meta(), reference: `R-${n}`, searchTokens: [] })),
      ],
      ['consents', b.consents.map((r) => ({ ...r, ...meta() }))],
      ['caseEvents', b.caseEvents.map((r) => ({ ...r, ...meta() }))],
    ];
    const start = performance.now();
    for (const [table, rows] of tables) {
      for (let i = 0; i < rows.length; i += 1000) await rawPut(idb, table, rows.slice(i, i + 1000));
    }
    ms += performance.now() - start;
    records += recordsIn(b);
  }
  schema.close();
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
      notes: [`${wp.records} records for ${size} cases`],
    };
  },
};
