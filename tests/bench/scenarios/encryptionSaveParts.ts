// Where an encrypted intake save's extra time goes (issue #15, docs/encryption.md): the app's save
// on each data set, then the same intake's rows stored with raw IndexedDB put() three ways: the
// rows in clear into the clear set, the rows in clear into the encrypted set (its database is
// larger), and the rows as the encrypting write path stored them (sealed values, blind tokens)
// into the encrypted set. A diagnosis, no target: `--only encryption-save-parts`.
import { uuidv7 } from '../../../domain/ids';
import { warmSearchIndexes, type TulayDatabase } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { openDataset, openEncryptedDataset, pick, type Dataset } from '../dataset';
import { ms } from '../metric';
import { percentile, timed } from '../stats';
import type { Metric, Scenario } from '../types';
import { benchIntake, rawPut } from './intakeSave';

const SAVES = 200;
const WARM_UP = 10;

type Row = Record<string, unknown> & { id: string };

/** The stored form (as IndexedDB holds it) of each of `ids` in `table`. */
function storedRows(db: TulayDatabase, table: string, ids: string[]): Promise<Row[]> {
  const store = db.backendDB().transaction(table, 'readonly').objectStore(table);
  return Promise.all(
    ids.map(
      (id) =>
        new Promise<Row>((resolve, reject) => {
          const request = store.get(id);
          request.onsuccess = () => resolve(request.result as Row);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        }),
    ),
  );
}

function rawDelete(idb: IDBDatabase, rows: [string, string][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction([...new Set(rows.map(([store]) => store))], 'readwrite');
    for (const [store, id] of rows) tx.objectStore(store).delete(id);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw delete failed'));
  });
}

interface Saved {
  cases: Row[];
  consents: Row[];
  audit: Row[];
  outbox: Row[];
}

/** SAVES intakes through the app's write path; their latencies, and their rows as stored. */
async function appSaves({ db, ctx }: Dataset, size: number) {
  await warmSearchIndexes(db);
  const people = await db.people.limit(5000).primaryKeys();
  const clients = pick(people, SAVES + WARM_UP, size);
  const latencies: number[] = [];
  const caseIds: string[] = [];
  const start = new Date().toISOString();
  for (const [i, clientId] of clients.entries()) {
    const [saved, took] = await timed(() =>
      createCase(ctx, { presetId: 'ofw-ph', referencePrefix: 'BEP' }, benchIntake(clientId)),
    );
    caseIds.push(saved.id);
    if (i >= WARM_UP) latencies.push(took);
  }
  const consentIds = await db.consents.where('caseId').anyOf(caseIds).primaryKeys();
  const recordIds = new Set([...caseIds, ...consentIds]);
  const auditIds = (await db.audit.where('at').aboveOrEqual(start).toArray())
    .filter((a) => recordIds.has(a.recordId))
    .map((a) => a.id);
  const outboxIds = (await db.outbox.where('state').equals('pending').toArray())
    .filter((o) => recordIds.has(o.recordId))
    .map((o) => o.id);
  const saved: Saved = {
    cases: await storedRows(db, 'cases', caseIds),
    consents: await storedRows(db, 'consents', consentIds),
    audit: await storedRows(db, 'audit', auditIds),
    outbox: await storedRows(db, 'outbox', outboxIds),
  };
  return { latencies, saved };
}

const bytes = (rows: Row[]) =>
  rows.reduce((sum, row) => sum + JSON.stringify(row).length, 0) / Math.max(1, rows.length);
const tokens = (rows: Row[]) =>
  rows.reduce((sum, row) => sum + ((row.searchTokens as unknown[] | undefined)?.length ?? 0), 0) /
  Math.max(1, rows.length);

/**
 * Each intake's rows put again with fresh ids (and references) into `db`, one strict transaction
 * per intake, as the app's save; then removed. Latencies in ms.
 */
async function rawSaves(db: TulayDatabase, saved: Saved, tag: string): Promise<number[]> {
  const idb = db.backendDB();
  const latencies: number[] = [];
  const written: [string, string][] = [];
  const consentOf = new Map(saved.consents.map((c) => [c.caseId as string, c]));
  for (const [i, row] of saved.cases.entries()) {
    const caseId = uuidv7();
    const consent = consentOf.get(row.id)!;
    const consentId = uuidv7();
    const audits = saved.audit.filter((a) => a.recordId === row.id || a.recordId === consent.id);
    const outbox = saved.outbox.filter((o) => o.recordId === row.id || o.recordId === consent.id);
    const fresh = (r: Row) => ({
      ...r,
      id: uuidv7(),
      recordId: r.recordId === row.id ? caseId : consentId,
    });
    const rows: [string, Row][] = [
      ['cases', { ...row, id: caseId, reference: `${tag}-${i}` }],
      ['consents', { ...consent, id: consentId, caseId }],
      ...audits.map((a): [string, Row] => ['audit', fresh(a)]),
      ...outbox.map((o): [string, Row] => ['outbox', fresh(o)]),
    ];
    for (const [store, r] of rows) written.push([store, r.id]);
    const [, took] = await timed(() => rawPut(idb, rows));
    if (i >= WARM_UP) latencies.push(took);
  }
  await rawDelete(idb, written);
  return latencies;
}

async function removeSaved(db: TulayDatabase, saved: Saved) {
  const all: [string, string][] = [];
  for (const table of ['cases', 'consents', 'audit', 'outbox'] as const)
    for (const row of saved[table]) all.push([table, row.id]);
  await rawDelete(db.backendDB(), all);
}

export const encryptionSaveParts: Scenario = {
  id: 'encryption-save-parts',
  title: 'Encryption at rest: where an intake save spends its time',
  scalesWithCases: true,
  async run(size) {
    const clear = await openDataset(size);
    const encrypted = await openEncryptedDataset(size);
    const p95 = (s: number[]) => percentile(s, 95);
    const p50 = (s: number[]) => percentile(s, 50);
    const a = await appSaves(clear, size);
    const b = await appSaves(encrypted, size);
    const clearIntoClear = await rawSaves(clear.db, a.saved, 'RAWA');
    const clearIntoSealed = await rawSaves(encrypted.db, a.saved, 'RAWB');
    const sealedIntoSealed = await rawSaves(encrypted.db, b.saved, 'RAWC');
    const sealedIntoClear = await rawSaves(clear.db, b.saved, 'RAWD');
    await removeSaved(clear.db, a.saved);
    await removeSaved(encrypted.db, b.saved);
    clear.db.close();
    encrypted.db.close();
    const both = (label: string, s: number[]): Record<string, Metric> => ({
      [`${label} p50`]: ms(p50(s)),
      [`${label} p95`]: ms(p95(s)),
    });
    return {
      notes: [
        `case row: ${Math.round(bytes(a.saved.cases))} chars and ${tokens(a.saved.cases)} tokens in clear, ` +
          `${Math.round(bytes(b.saved.cases))} chars and ${tokens(b.saved.cases)} tokens sealed`,
      ],
      metrics: {
        ...both('app save, clear', a.latencies),
        ...both('app save, encrypted', b.latencies),
        ...both('raw, clear rows into clear set', clearIntoClear),
        ...both('raw, clear rows into encrypted set', clearIntoSealed),
        ...both('raw, sealed rows into encrypted set', sealedIntoSealed),
        ...both('raw, sealed rows into clear set', sealedIntoClear),
      },
    };
  },
};
