// The catalogue suite's test bench: one database of each kind per test run (shared by the
// files, which run one after another; each test makes its own tenants), a real server on a
// free loopback port, and a desk client that speaks the protocol over HTTP.
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import type { Mutation, PullResponse, PushResponse } from '../../domain/sync';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../domain/sync';
import { addDesk, addTenant } from '../../catalogue/src/admin';
import { buildApp } from '../../catalogue/src/app';
import { prepare } from '../../catalogue/src/database';
import { openPglite } from '../../catalogue/src/db/pglite';
import { openPostgres } from '../../catalogue/src/db/postgres';
import type { Database } from '../../catalogue/src/db/types';
import type { TestDatabaseKind } from './kinds';

export { testDatabaseKinds } from './kinds';

const databases = new Map<TestDatabaseKind, Promise<Database>>();

/** The run's database of this kind, migrated and seeded (made on first use). */
export function testDatabase(kind: TestDatabaseKind): Promise<Database> {
  let db = databases.get(kind);
  if (!db) {
    db = (async () => {
      const opened =
        kind === 'pglite'
          ? await openPglite(undefined)
          : openPostgres({ url: inject('postgres').appUrl, ownerUrl: inject('postgres').ownerUrl });
      await prepare(opened);
      return opened;
    })();
    databases.set(kind, db);
  }
  return db;
}

export interface TestServer {
  url: string;
  db: Database;
  logs: () => string;
  stop(): Promise<void>;
}

export async function startTestServer(
  kind: TestDatabaseKind,
  options: { ratePerSecond?: number; rateBurst?: number; bodyLimit?: number } = {},
): Promise<TestServer> {
  const db = await testDatabase(kind);
  let logs = '';
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString();
      done();
    },
  });
  const app = buildApp({
    db,
    bodyLimit: options.bodyLimit ?? 8 * 1024 * 1024,
    ratePerSecond: options.ratePerSecond ?? 0,
    rateBurst: options.rateBurst ?? 100,
    logLevel: 'info',
    logStream,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { url, db, logs: () => logs, stop: () => app.close() };
}

let tenantCount = 0;

/** A new municipality with `desks` desks, each with its token. */
export async function newTenant(db: Database, desks: number, country = 'PH') {
  tenantCount += 1;
  const name = `Test municipality ${tenantCount} ${Date.now()}`;
  const { tenantId } = await addTenant(db, name, country);
  const tokens = [];
  for (let i = 0; i < desks; i++) tokens.push(await addDesk(db, tenantId, `Desk ${i + 1}`));
  return { tenantId, name, desks: tokens };
}

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** A desk talking to the server, as the desk app will. */
export class DeskClient {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as T,
      headers: response.headers,
    };
  }

  async push(mutations: Mutation[]): Promise<PushResponse> {
    const answer = await this.request<PushResponse>('POST', '/v1/push', { mutations });
    if (answer.status !== 200)
      throw new Error(`push: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  async pull(since: number, limit = 500): Promise<PullResponse> {
    const answer = await this.request<PullResponse>(
      'GET',
      `/v1/pull?since=${since}&limit=${limit}`,
    );
    if (answer.status !== 200)
      throw new Error(`pull: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Every page from `since` to the end. */
  async pullAll(since = 0, limit = 500) {
    const pages: PullResponse[] = [];
    let cursor = since;
    for (;;) {
      const page = await this.pull(cursor, limit);
      pages.push(page);
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    return {
      records: pages.flatMap((p) => p.records),
      conflicts: pages.flatMap((p) => p.conflicts),
      cursor,
    };
  }
}

let idCounter = 0;
/** A fresh UUID-shaped record id (v7 layout, a counter in the random part). */
export function recordId(): string {
  idCounter += 1;
  const ms = Date.now().toString(16).padStart(12, '0');
  const n = idCounter.toString(16).padStart(12, '0');
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7000-8000-${n}`;
}

export const person = (givenName: string, familyName: string) => ({
  givenName,
  familyName,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'staff-1',
  deletedAt: null,
});

/** Row counts and a checksum of every table: "the database did not change". */
export async function snapshot(db: Database) {
  const tables = [
    'tenants',
    'desks',
    'records',
    'applied_mutations',
    'conflicts',
    'catalogue_entries',
    'catalogue_state',
    'desk_prefixes',
  ];
  return db.admin(async (sql) => {
    const out: Record<string, { count: number; checksum: string }> = {};
    for (const table of tables) {
      const rows = await sql.query<{ count: number; checksum: string | null }>(
        `SELECT count(*)::int8 AS count,
                md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS checksum
           FROM ${table} t`,
      );
      out[table] = { count: rows[0]!.count, checksum: rows[0]!.checksum ?? '' };
    }
    return out;
  });
}
