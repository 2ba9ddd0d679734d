// The catalogue server's figures (issue "The central catalogue server", Figures): push
// throughput in batches and mutations per second, batches of 50 and 500, one desk and four at
// once, on PGlite and on PostgreSQL, beside a plain INSERT loop of the same rows over one
// connection; a push into a municipality that already holds 100,000 records; the CPU time a
// batch costs Node and PostgreSQL; and a pull of 100,000 records. Run by
// `npm run bench -- --only catalogue`.
// The server runs in this process; every request body is made before the clock starts, so the
// figures are the server's and the database's, not the client's JSON.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { addDesk, addTenant } from '../../catalogue/src/admin';
import { buildApp } from '../../catalogue/src/app';
import { prepare } from '../../catalogue/src/database';
import { openPglite } from '../../catalogue/src/db/pglite';
import { openPostgres } from '../../catalogue/src/db/postgres';
import type { Database } from '../../catalogue/src/db/types';
import { localDay } from '../../domain/localDay';
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
/** Records (and earlier answers) the busy municipality's push meets. */
const HELD_RECORDS = Number(option('held-records', smoke ? '2000' : '100000'));
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

/** Pushes; a dropped connection is retried, as a desk does (a replay is harmless). */
async function post(url: string, token: string, body: string, attempt = 1): Promise<void> {
  const response = await fetch(`${url}/v1/push`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      'content-type': 'application/json',
    },
    body,
  }).catch((error: unknown) => {
    if (attempt >= 3) throw error;
    return null;
  });
  if (!response) return post(url, token, body, attempt + 1);
  if (response.status !== 200) throw new Error(`push ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

const FIELDS_JSON = JSON.stringify(personFields(0));

/**
 * A batch's body made by joining strings (about 0.1 ms for 50 mutations), so that making it
 * inside the timed loop costs the client next to nothing and no gigabyte of bodies is kept.
 */
function fastBody(size: number, tag: string): string {
  const parts: string[] = [];
  for (let i = 0; i < size; i++) {
    const id = uuid();
    parts.push(
      `{"mutationId":"${tag}-${i}:${id}","table":"people","id":"${id}","op":"put","fields":${FIELDS_JSON},"baseSeq":0}`,
    );
  }
  return `{"mutations":[${parts.join(',')}]}`;
}

/** Desks push batches for SECONDS (at most maxBatches each); batches per second. */
async function pushRun(url: string, tokens: string[], size: number, maxBatches: number) {
  let done = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    tokens.map(async (token, d) => {
      for (let b = 0; b < maxBatches; b++) {
        if (performance.now() > deadline) return;
        await post(url, token, fastBody(size, `d${d}b${b}t${Math.round(started)}`));
        done += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // The server's (and the client's) CPU time per batch in this process: a figure that a busy
  // machine changes less than the wall-clock rate.
  const cpuMs = (used.user + used.system) / 1000 / Math.max(done, 1);
  return { batches: done / seconds, mutations: (done * size) / seconds, done, cpuMs };
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

/** The tenant and desk ids a token names. */
function idsOf(token: string) {
  const uuid = (hex: string) => hex.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  const [, tenant, desk] = /^tly1_([0-9a-f]{32})_([0-9a-f]{32})_/.exec(token)!;
  return { tenantId: uuid(tenant!), deskId: uuid(desk!) };
}

/**
 * CPU time (ms) the PostgreSQL cluster's processes have used so far, from /proc (Linux): with
 * Node's own, what a batch costs the machine, a figure a busy machine changes less than a rate.
 * The live processes' own time, plus the postmaster's own and its ended children's (a closed
 * connection's backend is reaped by the postmaster, and its time moves there): without the
 * latter, a backend that ended between two readings made the difference negative.
 */
async function postgresCpuMs(db: Database): Promise<number> {
  const rows = await db.admin((sql) =>
    sql.query<{ pid: number }>('SELECT pid FROM pg_stat_activity'),
  );
  const stat = (pid: number) =>
    readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  let ticks = 0;
  let postmaster = 0;
  for (const { pid } of rows) {
    try {
      const fields = stat(pid);
      ticks += Number(fields[11]) + Number(fields[12]);
      postmaster = Number(fields[1]);
    } catch {
      // The process ended after the query listed it: its time is counted with its parent's.
    }
  }
  if (postmaster > 0) {
    const fields = stat(postmaster);
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return (ticks * 1000) / 100;
}

/**
 * A desk of a municipality that holds `held` records already (written straight into the
 * tables), and with `answers`, as many earlier answers of this desk: a push must cost what it
 * costs on an empty one, and a pull has that much to read.
 */
async function heldDesk(db: Database, held: number, answers: boolean) {
  const [token] = await newDesks(db, 1, 1);
  const { tenantId, deskId } = idsOf(token!);
  const fields = JSON.stringify(personFields(1));
  await db.admin(async (sql) => {
    await sql.query(
      `INSERT INTO records (tenant_id, table_name, id, seq, fields, changes)
       SELECT $1, 'people', gen_random_uuid(), n, $2::jsonb, '{}' FROM generate_series(1, $3) n`,
      [tenantId, fields, held],
    );
    if (answers) {
      await sql.query(
        `INSERT INTO applied_mutations (tenant_id, desk_id, mutation_id, result)
         SELECT $1, $2, 'held-' || n, '{}' FROM generate_series(1, $3) n`,
        [tenantId, deskId, held],
      );
    }
    await sql.query('UPDATE tenants SET seq = $2 WHERE tenant_id = $1', [tenantId, held]);
  });
  return token!;
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
      const pgBefore = cluster ? await postgresCpuMs(db) : 0;
      const one = await pushRun(url, await newDesks(db, 1, 1), size, max);
      const pgMs = cluster ? ((await postgresCpuMs(db)) - pgBefore) / Math.max(one.done, 1) : 0;
      const target = size === 50 && kind.startsWith('postgres') ? '≥ 500 batches/s' : undefined;
      add(`push, batches of ${size}, 1 desk`, 'batches/s', one.batches, 'batches/s', target);
      add(`push, batches of ${size}, 1 desk`, 'mutations/s', one.mutations, 'mutations/s');
      add(`push, batches of ${size}, 1 desk`, 'Node CPU per batch', one.cpuMs, 'ms');
      if (cluster) add(`push, batches of ${size}, 1 desk`, 'PostgreSQL CPU per batch', pgMs, 'ms');
      if (size === 50) {
        const held = await pushRun(url, [await heldDesk(db, HELD_RECORDS, true)], size, max);
        const what = `push, batches of 50, 1 desk of a municipality holding ${HELD_RECORDS.toLocaleString('en')} records`;
        add(what, 'batches/s', held.batches, 'batches/s');
      }
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

    // Pull: PULL_RECORDS records written straight into the tables (the figure is the pull's),
    // then pulled from 0 in pages of 1,000.
    const token = await heldDesk(db, PULL_RECORDS, false);
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

const fmt = (value: number, unit: string) => {
  const digits = value < 100 ? 1 : 0;
  const text = value.toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${text} ${unit}`;
};

async function main() {
  for (const kind of databases) await benchDatabase(kind);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}, Node ${process.version}`;
  const table = [
    `Measured ${localDay()} on ${machine}; each push figure from a run of ${SECONDS} s.`,
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
