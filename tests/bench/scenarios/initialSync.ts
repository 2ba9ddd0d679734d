// A desk's first sync (issue 13, Figures): pulling N generated cases with their people, consents
// and events from the catalogue and writing them into IndexedDB with runSync (the page and its
// cursor in one transaction, through the database's middleware), against the raw pipeline: the
// same pages fetched and parsed, and put() with raw IndexedDB with the cursor. The pages are the
// catalogue's pull answers made in the page before the clock starts and served by an in-page
// fetch, so both sides pay the same parse and neither pays a server: the figure is the desk's.
import { Dexie } from 'dexie';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import { getPreset } from '../../../domain/presets';
import { createSampleGenerator } from '../../../domain/sample';
import type { PullResponse } from '../../../domain/sync';
import { createDatabase, openDatabase, unlockDatabase } from '../../../renderer/db';
import { CatalogueClient, type FetchLike } from '../../../renderer/sync/client';
import { runSync } from '../../../renderer/sync/runSync';
import { watchLongTasks } from '../longTasks';
import { figure, ms } from '../metric';
import type { Scenario, ScenarioResult } from '../types';

/** Records per pull page: the protocol's largest. */
const PAGE = 1000;

type PulledRecord = PullResponse['records'][number];

/** One pull answer, as the bytes the network would bring, under the cursor that asks for it. */
interface Page {
  since: number;
  body: Uint8Array<ArrayBuffer>;
}

/**
 * The pull answers for `size` cases, in seq order, each encoded as soon as it is full: at
 * 100,000 cases the answers hold about 1.2 million records, and keeping them as objects or as
 * text as well (as this did before) did not fit in the page's memory.
 */
function pages(size: number): Page[] {
  const gen = createSampleGenerator({
    preset: getPreset('ofw-ph'),
    cases: size,
    seed: 99,
    now: new Date('2026-11-01T00:00:00Z'),
    actor: 'bench',
    partnerIds: {},
  });
  // A real answer arrives as bytes from the network, and turning a megabyte of text into a
  // Response's body is no work a desk does: the bytes are made before the clock.
  const encoder = new TextEncoder();
  const out: Page[] = [];
  let records: PulledRecord[] = [];
  let seq = 0;
  let since = 0;
  const flush = (hasMore: boolean) => {
    if (records.length === 0) return;
    const nextCursor = records[records.length - 1]!.seq;
    const answer: PullResponse = { records, conflicts: [], nextCursor, hasMore };
    out.push({ since, body: encoder.encode(JSON.stringify(answer)) });
    since = nextCursor;
    records = [];
  };
  const meta = {
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'bench',
    deletedAt: null,
  };
  const add = (table: PulledRecord['table'], row: Record<string, unknown>) => {
    // The last page says it is the last: a full page is kept until the next record comes.
    if (records.length === PAGE) flush(true);
    const fields = { ...row, ...meta } as PulledRecord['fields'];
    // The sample marker never travels; the id is the record's own.
    delete fields.sample;
    delete fields.id;
    records.push({ table, id: row.id as string, seq: ++seq, fields });
  };
  while (gen.generated < size) {
    const batch = gen.next(100);
    for (const p of batch.people) add('people', { ...p, searchTokens: personSearchTokens(p) });
    for (const h of batch.households) add('households', h);
    for (const { record, people } of batch.cases) {
      const reference = `SYN-2026-${String(seq + 1).padStart(6, '0')}`;
      add('cases', { ...record, reference, searchTokens: caseSearchTokens(reference, people) });
    }
    for (const c of batch.consents) add('consents', c);
    for (const e of batch.caseEvents) add('caseEvents', e);
  }
  flush(false);
  return out;
}

/** The catalogue's pull as an in-page fetch: `since` picks the page. */
function servePages(answers: Page[]): FetchLike {
  const bySince = new Map(answers.map((page) => [page.since, page.body]));
  const empty = new TextEncoder().encode(
    '{"records":[],"conflicts":[],"nextCursor":0,"hasMore":false}',
  );
  return (input) => {
    const after = Number(new URL(input).searchParams.get('since'));
    const body = bySince.get(after) ?? empty;
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
}

async function freshDesk(name: string) {
  await Dexie.delete(name);
  const db = createDatabase(name);
  await openDatabase(db);
  return db;
}

const ADDRESS = 'http://catalogue.invalid';

/**
 * Ends the task that made the pages before the long tasks are watched: a task that is under way
 * when the observer starts is reported when it ends, and the set-up's own (encoding every page)
 * was then the longest task "during" the sync.
 */
const setUpDone = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A random desk key, as a desk set up with accounts holds while someone is signed in. */
const deskKeys = () => ({
  data: crypto.getRandomValues(new Uint8Array(32)),
  index: crypto.getRandomValues(new Uint8Array(32)),
});

async function viaSync(size: number, { encrypted = false } = {}) {
  const answers = pages(size);
  const db = await freshDesk(encrypted ? 'tulay-bench-sync-encrypted' : 'tulay-bench-sync');
  // Signed in on a desk that seals at rest: every pulled record is sealed as it is written.
  if (encrypted) unlockDatabase(db, deskKeys());
  const client = new CatalogueClient({ address: ADDRESS, token: 'bench' }, servePages(answers));
  await setUpDone();
  // The page's longest task while the pull runs: what an officer typing meanwhile would feel.
  const tasks = watchLongTasks();
  const start = performance.now();
  const { pulled } = await runSync(db, client, { pullLimit: PAGE });
  const time = performance.now() - start;
  const longestTask = await tasks.stop();
  db.close();
  return { records: pulled, ms: time, longestTask };
}

async function viaRaw(size: number) {
  const answers = pages(size);
  const db = await freshDesk('tulay-bench-sync-raw');
  const idb = db.backendDB();
  const fetchPage = servePages(answers);
  let records = 0;
  let cursor = 0;
  await setUpDone();
  const tasks = watchLongTasks();
  const start = performance.now();
  for (;;) {
    const response = await fetchPage(`${ADDRESS}/v1/pull?since=${cursor}&limit=${PAGE}`, {});
    const page = (await response.json()) as PullResponse;
    const stores = [...new Set(page.records.map((r) => r.table)), 'syncState'];
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(stores, 'readwrite', { durability: 'strict' });
      for (const r of page.records)
        tx.objectStore(r.table).put({ ...r.fields, id: r.id, serverSeq: r.seq });
      tx.objectStore('syncState').put({ id: 'pull', cursor: page.nextCursor, updatedAt: '' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('raw put failed'));
    });
    records += page.records.length;
    if (!page.hasMore) break;
    cursor = page.nextCursor;
  }
  const time = performance.now() - start;
  const longestTask = await tasks.stop();
  db.close();
  return { records, ms: time, longestTask };
}

const SYNC = 'runSync';
const RAW = 'raw pipeline';

const rate = ({
  records,
  ms: time,
  longestTask,
}: {
  records: number;
  ms: number;
  longestTask?: number;
}): ScenarioResult => ({
  metrics: {
    rate: figure((records / time) * 1000, 'records/s'),
    time: ms(time),
    ...(longestTask === undefined ? {} : { longestTask: ms(longestTask) }),
  },
});

export const initialSync: Scenario = {
  id: 'initial-sync',
  title: 'First sync of N cases (pull + IndexedDB) vs the raw pipeline',
  scalesWithCases: true,
  parts: [SYNC, RAW],
  async run(size, part) {
    return rate(await (part === RAW ? viaRaw(size) : viaSync(size)));
  },
  combine(parts) {
    const value = (part: string, name: string) => {
      const metric = parts[part]?.metrics[name];
      if (!metric) throw new Error(`initial sync: the ${part} part has no ${name}`);
      return metric.value;
    };
    const syncRate = value(SYNC, 'rate');
    const rawRate = value(RAW, 'rate');
    return {
      metrics: {
        [SYNC]: figure(syncRate, 'records/s'),
        [RAW]: figure(rawRate, 'records/s'),
        ratio: figure(syncRate / rawRate, 'ratio', { atLeast: 0.7 }),
        // 0 when no task of the page took over 50 ms (a long task is one over 50 ms).
        'longest task during runSync': ms(value(SYNC, 'longestTask'), { atMost: 50 }),
        // The floor: parsing a page of 1,000 records and putting them in one transaction.
        'longest task during the raw pipeline': ms(value(RAW, 'longestTask')),
      },
      notes: [
        `runSync ${(value(SYNC, 'time') / 1000).toFixed(1)} s, raw pipeline ` +
          `${(value(RAW, 'time') / 1000).toFixed(1)} s; pages made before the clock, served in the page`,
      ],
    };
  },
};

const SEALED = 'runSync, encrypted desk';

export const initialSyncEncrypted: Scenario = {
  id: 'initial-sync-encrypted',
  title: 'First sync of N cases on a desk that encrypts at rest vs one that does not',
  scalesWithCases: true,
  parts: [SYNC, SEALED],
  async run(size, part) {
    return rate(await viaSync(size, { encrypted: part === SEALED }));
  },
  combine(parts) {
    const value = (part: string, name: string) => {
      const metric = parts[part]?.metrics[name];
      if (!metric) throw new Error(`encrypted initial sync: the ${part} part has no ${name}`);
      return metric.value;
    };
    const clear = value(SYNC, 'rate');
    const sealed = value(SEALED, 'rate');
    return {
      metrics: {
        'runSync, in clear': figure(clear, 'records/s'),
        'runSync, encrypted': figure(sealed, 'records/s'),
        'encrypted / in clear': figure(sealed / clear, 'ratio'),
        'longest task, encrypted': ms(value(SEALED, 'longestTask'), { atMost: 50 }),
      },
      notes: [
        `in clear ${(value(SYNC, 'time') / 1000).toFixed(1)} s, encrypted ` +
          `${(value(SEALED, 'time') / 1000).toFixed(1)} s`,
      ],
    };
  },
};
