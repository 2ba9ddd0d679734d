// Saving an intake through the real write path (the reference number found, the case and its
// consent stored with their audit and outbox entries, in one transaction, and the search index in
// memory updated) on a desk that already holds N cases; and, in the same run, the platform's own
// limit: the same rows stored with raw IndexedDB put() in one strict transaction, with nothing
// read first. What the write path adds is the difference.
// Both leave the data set as they found it.
import { uuidv7 } from '../../../domain/ids';
import { warmSearchIndexes, type TulayDatabase } from '../../../renderer/db';
import {
  createCase,
  type Case,
  type IntakeInput,
} from '../../../renderer/features/cases/caseRepository';
import { openDataset, pick, type Dataset } from '../dataset';
import { ms } from '../metric';
import { percentile, timed } from '../stats';
import type { Scenario } from '../types';

const SAVES = 200;
/** The first saves warm up the JIT and the caches, and are not counted. */
const WARM_UP = 10;

/** The intake every benchmark save makes, for `clientId`. */
export const benchIntake = (clientId: string): IntakeInput => ({
  clientId,
  clientRole: 'ofwLandBased',
  ofwDetails: { destinationCountry: 'SA', occupation: 'Domestic worker' },
  channel: 'walkIn',
  categories: ['welfareCheck'],
  urgency: 'normal',
  description: 'Benchmark intake: client asks about a relative abroad.',
  consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
});

/** The rows one intake stores, as raw puts: what the write path writes, with fresh ids. */
function intakeRows(template: Case, sequence: number): [string, object][] {
  const at = new Date().toISOString();
  const caseId = uuidv7();
  const consentId = uuidv7();
  const meta = { createdAt: at, updatedAt: at, updatedBy: template.updatedBy, deletedAt: null };
  const audit = (table: string, recordId: string) => ({
    id: uuidv7(),
    at,
    actor: template.updatedBy,
    action: 'create',
    table,
    recordId,
    fields: ['value'],
  });
  const outbox = (table: string, recordId: string) => ({
    id: uuidv7(),
    table,
    recordId,
    op: 'put',
    fields: ['value'],
    baseSeq: 0,
    state: 'pending',
    createdAt: at,
    updatedAt: at,
  });
  return [
    [
      'cases',
      {
        ...template,
        ...meta,
        id: caseId,
        reference: `RAW-2030-${String(sequence).padStart(6, '0')}`,
      },
    ],
    [
      'consents',
      {
        id: consentId,
        personId: template.clientId,
        caseId,
        purpose: 'caseHandling',
        legalBasis: 'consent',
        givenAt: at,
        takenBy: template.updatedBy,
        ...meta,
      },
    ],
    ['audit', audit('cases', caseId)],
    ['audit', audit('consents', consentId)],
    ['outbox', outbox('cases', caseId)],
    ['outbox', outbox('consents', consentId)],
  ];
}

/** `rows` put with raw IndexedDB in one strict transaction. */
export function rawPut(idb: IDBDatabase, rows: [string, object][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction([...new Set(rows.map(([store]) => store))], 'readwrite', {
      durability: 'strict',
    });
    for (const [store, row] of rows) tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw put failed'));
  });
}

/** Removes what the scenario stored (cases, consents, their audit and outbox entries). */
async function cleanUp(db: TulayDatabase, caseIds: string[], consentIds: string[]) {
  await db.transaction(
    'rw',
    [db.cases, db.consents, db.settings, db.audit, db.outbox],
    async () => {
      const recordIds = new Set([...caseIds, ...consentIds, 'bench-raw-counter']);
      const ofRecords = (entry: { recordId: string }) => recordIds.has(entry.recordId);
      const audit = await db.audit.where('at').aboveOrEqual(START.toISOString()).toArray();
      const outbox = await db.outbox
        .where('state')
        .equals('pending')
        .filter(ofRecords)
        .primaryKeys();
      await Promise.all([
        db.cases.bulkDelete(caseIds),
        db.consents.bulkDelete(consentIds),
        db.audit.bulkDelete(audit.filter(ofRecords).map((a) => a.id)),
        db.outbox.bulkDelete(outbox),
      ]);
    },
  );
}

let START = new Date();

/**
 * Saves SAVES intakes (after WARM_UP unmeasured) through the write path on the data set, then,
 * when asked, the same rows with raw put(); removes them all. Latencies in ms.
 */
export async function measureIntakeSaves(
  { db, ctx }: Dataset,
  size: number,
  { raw: withRaw = true } = {},
): Promise<{ saves: number[]; raw: number[]; left: number }> {
  START = new Date();
  // As in the app, where the search index is built at start-up and every save updates it.
  await warmSearchIndexes(db);
  const people = await db.people.limit(5000).primaryKeys();
  const clients = pick(people, SAVES + WARM_UP, size);
  const latencies: number[] = [];
  const created: Case[] = [];
  for (const [i, clientId] of clients.entries()) {
    const [saved, took] = await timed(() =>
      createCase(ctx, { presetId: 'ofw-ph', referencePrefix: 'BEN' }, benchIntake(clientId)),
    );
    created.push(saved);
    if (i >= WARM_UP) latencies.push(took);
  }

  const idb = db.backendDB();
  const raw: number[] = [];
  const rawCases: string[] = [];
  const rawConsents: string[] = [];
  for (const [i, saved] of (withRaw ? created : []).entries()) {
    const rows = intakeRows(saved, i + 1);
    rawCases.push((rows[0]![1] as { id: string }).id);
    rawConsents.push((rows[1]![1] as { id: string }).id);
    const [, took] = await timed(() => rawPut(idb, rows));
    if (i >= WARM_UP) raw.push(took);
  }

  const consents = await db.consents
    .where('caseId')
    .anyOf(created.map((c) => c.id))
    .primaryKeys();
  await cleanUp(db, [...created.map((c) => c.id), ...rawCases], [...consents, ...rawConsents]);
  return { saves: latencies, raw, left: await db.cases.count() };
}

export const intakeSave: Scenario = {
  id: 'intake-save',
  title: 'Save an intake (record + audit + outbox)',
  scalesWithCases: true,
  async run(size) {
    const dataset = await openDataset(size);
    const { saves, raw, left } = await measureIntakeSaves(dataset, size);
    dataset.db.close();
    return {
      notes: [`${left.toLocaleString('en')} cases in the data set after clean-up`],
      metrics: {
        p50: ms(percentile(saves, 50)),
        p95: ms(percentile(saves, 95), { atMost: 10, atSize: 100_000 }),
        'raw put p50': ms(percentile(raw, 50)),
        'raw put p95': ms(percentile(raw, 95)),
      },
    };
  },
};
