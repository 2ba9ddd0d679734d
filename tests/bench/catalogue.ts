// The catalogue server's figures (issue "The central catalogue server", Figures): push
// throughput in batches and mutations per second, batches of 50 and 500, one desk and four at
// once, on PGlite and on PostgreSQL, beside a plain INSERT loop of the same rows over one
// connection; and a pull of 100,000 records. Run by `npm run bench -- --only catalogue`.
// The server runs in this process; every request body is made before the clock starts, so the
// figures are the server's and the database's, not the client's JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { addDesk, addTenant } from '../../catalogue/src/admin';
import { buildApp } from '../../catalogue/src/app';
import { prepare } from '../../catalogue/src/database';
import { openPglite } from '../../catalogue/src/db/pglite';
import { openPostgres } from '../../catalogue/src/db/postgres';
import type { Database } from '../../catalogue/src/db/types';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type Mutation } from '../../domain/sync';
import { startPostgres } from '../../scripts/postgres.mjs';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const smoke = args.includes('--smoke');
/** Seconds each push configuration runs (bounded: it also stops after maxBatches). */
const SECONDS = Number(option('seconds', smoke ? '1' : '6'));
const PULL_RECORDS = Number(option('pull-records', smoke ? '2000' : '100000'));
// postgres: PostgreSQL's defaults (each commit waits for the WAL flush); postgres-async: the same
// with synchronous_commit = off, which shows the server's own cost apart from the disk's.
const databases = option('databases', 'postgres,postgres-async,pglite').split(',');
const out = option('out', '.bench/catalogue');

interface Row {
  database: string;
  what: string;
  figure: string;
  value: number;
  unit: string;
  target?: string;
}
const rows: Row[] = [];

let counter = 0;
function uuid(): string {
  counter += 1;
  const ms = Date.now().toString(16).padStart(12, '0');
  const rand = Math.floor(Math.random() * 0xffff)
    .toString(16)
    .padStart(4, '0');
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${rand.slice(1)}-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** A person as an intake makes one: about 600 bytes of fields. */
function personFields(i: number) {
  return {
    givenName: `Maria ${i}`,
    middleName: 'Santos',
    familyName: `Dela Cruz ${i % 997}`,
    sex: 'female',
    birthDate: '1988-04-12',
    phone: `0917 ${String(i % 10_000_000).padStart(7, '0')}`,
    barangay: 'Bitano',
    city: 'Legazpi',
    country: 'PH',
    notes: 'Returned from Riyadh; asks about the reintegration programme and a welfare fund claim.',
    searchTokens: ['maria', 'santos', 'dela', 'cruz'],
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    updatedBy: 'staff-1',
    deletedAt: null,
  };
}

function batchBody(size: number, tag: string): { body: string; mutations: Mutation[] } {
  const mutations: Mutation[] = Array.from({ length: size }, (_, i) => {
    const id = uuid();
    return {
      mutationId: `${tag}-${i}:${id}`,
      table: 'people',
      id,
      op: 'put',
      fields: personFields(counter),
      baseSeq: 0,
    };
  });
  return { body: JSON.stringify({ mutations }), mutations };
}

async function post(url: string, token: string, body: string) {
  const response = await fetch(`${url}/v1/push`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      'content-type': 'application/json',
    },
    body,
  });
  if (response.status !== 200) throw new Error(`push ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

/** Desks push pre-made batches for SECONDS (at most maxBatches each); batches per second. */
async function pushRun(url: string, tokens: string[], size: number, maxBatches: number) {
  const bodies = tokens.map((_, d) =>
    Array.from({ length: maxBatches }, (_, b) => batchBody(size, `d${d}b${b}`).body),
  );
  let done = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    tokens.map(async (token, d) => {
      for (const body of bodies[d]!) {
        if (performance.now() > deadline) return;
        await post(url, token, body);
        done += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { batches: done / seconds, mutations: (done * size) / seconds, done };
}

/** The baseline: the same rows, one INSERT each, a transaction per batch, one connection. */
async function insertLoop(
  exec: (
    work: (q: (text: string, params: unknown[]) => Promise<unknown>) => Promise<void>,
  ) => Promise<void>,
  size: number,
  maxBatches: number,
) {
  const tenantId = uuid();
  const batches = Array.from(
    { length: maxBatches },
    (_, b) => batchBody(size, `plain${b}`).mutations,
  );
  let done = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  for (const batch of batches) {
    if (performance.now() > deadline) break;
    await exec(async (q) => {
      for (const m of batch) {
        await q('INSERT INTO bench_plain (tenant_id, id, fields) VALUES ($1, $2, $3)', [
          tenantId,
          m.id,
          JSON.stringify(m.fields),
        ]);
      }
    });
    done += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  return { batches: done / seconds, mutations: (done * size) / seconds };
}

async function newDesks(db: Database, tenants: number, desksEach: number) {
  const tokens: string[] = [];
  for (let t = 0; t < tenants; t++) {
    const { tenantId } = await addTenant(db, `Bench municipality ${uuid()}`, 'PH');
    for (let d = 0; d < desksEach; d++)
      tokens.push((await addDesk(db, tenantId, `Desk ${d}`)).token);
  }
  return tokens;
}

async function benchDatabase(kind: string) {
  const cluster = kind.startsWith('postgres')
    ? await startPostgres({ durable: true, asyncCommit: kind === 'postgres-async' })
    : null;
  let db: Database;
  let plain: Parameters<typeof insertLoop>[0];
  let closePlain = async () => {};
  if (cluster) {
    const urls = await cluster.createDatabase('tulay_bench');
    db = openPostgres({ url: urls.appUrl, ownerUrl: urls.ownerUrl, poolSize: 10 });
    const client = new pg.Client({ connectionString: urls.ownerUrl });
    await client.connect();
    await client.query(
      'CREATE TABLE bench_plain (tenant_id uuid, id uuid, fields jsonb, PRIMARY KEY (tenant_id, id))',
    );
    plain = async (work) => {
      await client.query('BEGIN');
      await work((text, params) => client.query(text, params));
      await client.query('COMMIT');
    };
    closePlain = () => client.end();
    console.log(
      `${cluster.version}, ${kind === 'postgres-async' ? 'synchronous_commit off' : 'default settings'}`,
    );
  } else {
    db = await openPglite(undefined);
    plain = (work) => db.admin((sql) => work((text, params) => sql.query(text, params)));
  }
  await prepare(db);
  if (!cluster) {
    await db.admin((sql) =>
      sql.exec(
        'CREATE TABLE bench_plain (tenant_id uuid, id uuid, fields jsonb, PRIMARY KEY (tenant_id, id))',
      ),
    );
  }
  const app = buildApp({
    db,
    bodyLimit: 16 * 1024 * 1024,
    ratePerSecond: 0,
    rateBurst: 0,
    logLevel: 'warn',
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const label =
    kind === 'postgres'
      ? 'PostgreSQL'
      : kind === 'postgres-async'
        ? 'PostgreSQL, synchronous_commit off'
        : 'PGlite';
  const add = (what: string, figure: string, value: number, unit: string, target?: string) => {
    rows.push({ database: label, what, figure, value, unit, target });
    console.log(`${label}: ${what}: ${figure} ${value.toFixed(1)} ${unit}`);
  };
  try {
    for (const size of [50, 500]) {
      const max = size === 50 ? 4000 : 400;
      const warm = await newDesks(db, 1, 1);
      await pushRun(url, warm, size, 3); // warm-up: JIT, plans, pool
      const one = await pushRun(url, await newDesks(db, 1, 1), size, max);
      const target = size === 50 && kind.startsWith('postgres') ? '≥ 500 batches/s' : undefined;
      add(`push, batches of ${size}, 1 desk`, 'batches/s', one.batches, 'batches/s', target);
      add(`push, batches of ${size}, 1 desk`, 'mutations/s', one.mutations, 'mutations/s');
      const sameTenant = await pushRun(url, await newDesks(db, 1, 4), size, max);
      add(
        `push, batches of ${size}, 4 desks of one municipality`,
        'batches/s',
        sameTenant.batches,
        'batches/s',
      );
      add(
        `push, batches of ${size}, 4 desks of one municipality`,
        'mutations/s',
        sameTenant.mutations,
        'mutations/s',
      );
      const four = await pushRun(url, await newDesks(db, 4, 1), size, max);
      add(
        `push, batches of ${size}, 4 desks of 4 municipalities`,
        'batches/s',
        four.batches,
        'batches/s',
      );
      add(
        `push, batches of ${size}, 4 desks of 4 municipalities`,
        'mutations/s',
        four.mutations,
        'mutations/s',
      );
      const baseline = await insertLoop(plain, size, max);
      add(
        `plain INSERT loop, batches of ${size}, 1 connection`,
        'batches/s',
        baseline.batches,
        'batches/s',
      );
      add(
        `plain INSERT loop, batches of ${size}, 1 connection`,
        'mutations/s',
        baseline.mutations,
        'mutations/s',
      );
    }

    // Pull: PULL_RECORDS records pushed in batches of 500, then pulled from 0 in pages of 1,000.
    const [token] = await newDesks(db, 1, 1);
    for (let pushed = 0; pushed < PULL_RECORDS; pushed += 500) {
      await post(
        url,
        token!,
        batchBody(Math.min(500, PULL_RECORDS - pushed), `pull${pushed}`).body,
      );
    }
    const started = performance.now();
    let cursor = 0;
    let records = 0;
    for (;;) {
      const response = await fetch(`${url}/v1/pull?since=${cursor}&limit=1000`, {
        headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
      });
      const page = (await response.json()) as {
        records: unknown[];
        nextCursor: number;
        hasMore: boolean;
      };
      records += page.records.length;
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    const seconds = (performance.now() - started) / 1000;
    if (records !== PULL_RECORDS) throw new Error(`pulled ${records} of ${PULL_RECORDS}`);
    add(
      `pull of ${PULL_RECORDS.toLocaleString('en')} records, pages of 1,000`,
      'time',
      seconds * 1000,
      'ms',
    );
    add(
      `pull of ${PULL_RECORDS.toLocaleString('en')} records, pages of 1,000`,
      'rows/s',
      records / seconds,
      'rows/s',
    );
  } finally {
    await app.close();
    await closePlain();
    await db.close();
    await cluster?.stop();
  }
}

const fmt = (value: number, unit: string) =>
  unit === 'ms'
    ? `${Math.round(value).toLocaleString('en')} ms`
    : `${Math.round(value).toLocaleString('en')} ${unit}`;

async function main() {
  for (const kind of databases) await benchDatabase(kind);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, Node ${process.version}`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; each push figure from a run of ${SECONDS} s.`,
    '',
    '| database | what | figure | value | target |',
    '| --- | --- | --- | --: | --- |',
    ...rows.map((r) => {
      const met = r.target
        ? `${r.target}: ${r.value >= Number(/\d+/.exec(r.target)![0]) ? 'met' : '**missed**'}`
        : '';
      return `| ${r.database} | ${r.what} | ${r.figure} | ${fmt(r.value, r.unit)} | ${met} |`;
    }),
  ].join('\n');
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    `${out}.json`,
    JSON.stringify({ date: new Date().toISOString(), machine, seconds: SECONDS, rows }, null, 2),
  );
  writeFileSync(`${out}.md`, `${table}\n`);
  console.log(`\n${table}\n\nWritten: ${out}.json, ${out}.md`);
}

// Not top-level await: tsx runs this file as CommonJS (the package has no "type": "module").
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
