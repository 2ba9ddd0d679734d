// Tenant isolation: tenant B's token can neither read nor write tenant A's rows, through the
// API, and row-level security stops a direct query as the app role with B's tenant set.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Sql } from '../../catalogue/src/db/types';
import type { Mutation } from '../../domain/sync';
import {
  DeskClient,
  newTenant,
  person,
  recordId,
  snapshot,
  startTestServer,
  testDatabaseKinds,
  type TestServer,
} from './harness';
import type { TestDatabaseKind } from './kinds';

/** Runs `work` as the app role with `tenantId` set: a raw connection on PostgreSQL. */
async function asAppRole<T>(
  kind: TestDatabaseKind,
  server: TestServer,
  tenantId: string,
  work: (sql: Sql) => Promise<T>,
): Promise<T> {
  if (kind === 'pglite') return server.db.tenant(tenantId, work);
  const client = new pg.Client({ connectionString: inject('postgres').appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const sql: Sql = {
      query: async <R>(text: string, params?: readonly unknown[]) =>
        (await client.query(text, params ? [...params] : undefined)).rows as R[],
      exec: async (text) => void (await client.query(text)),
    };
    return await work(sql);
  } finally {
    await client.query('ROLLBACK');
    await client.end();
  }
}

describe.each(testDatabaseKinds())('tenant isolation on %s', (kind) => {
  let server: TestServer;
  let tenantA: Awaited<ReturnType<typeof newTenant>>;
  let tenantB: Awaited<ReturnType<typeof newTenant>>;
  let deskA: DeskClient;
  let deskB: DeskClient;
  const recordOfA = recordId();

  beforeAll(async () => {
    server = await startTestServer(kind);
    tenantA = await newTenant(server.db, 1);
    tenantB = await newTenant(server.db, 1);
    deskA = new DeskClient(server.url, tenantA.desks[0]!.token);
    deskB = new DeskClient(server.url, tenantB.desks[0]!.token);
    await deskA.push([
      {
        mutationId: `a:${recordOfA}`,
        table: 'people',
        id: recordOfA,
        op: 'put',
        fields: person('Alma', 'Villanueva'),
        baseSeq: 0,
      },
    ]);
  });
  afterAll(() => server.stop());

  it("shows B's desk none of A's records", async () => {
    const pulled = await deskB.pullAll();
    expect(pulled.records).toEqual([]);
    expect(JSON.stringify(pulled)).not.toContain('Villanueva');
  });

  it("never lets B's push touch A's record, even with its id", async () => {
    const overwrite: Mutation = {
      mutationId: `b:${recordOfA}`,
      table: 'people',
      id: recordOfA,
      op: 'put',
      fields: { familyName: 'Overwritten' },
      baseSeq: 0,
    };
    await deskB.push([overwrite]);

    const a = await deskA.pullAll();
    expect(a.records).toHaveLength(1);
    expect(a.records[0]!.fields.familyName).toBe('Villanueva');
    // B wrote a record of its own under that id, which only B sees.
    expect((await deskB.pullAll()).records[0]!.fields).toEqual({ familyName: 'Overwritten' });
  });

  it("refuses B's desk publishing or withdrawing A's catalogue entries (403), changing nothing", async () => {
    const id = recordId();
    const published = await deskA.request('PUT', `/v1/catalogue/commitments/${id}`, {
      title: 'Help desk for OFW families',
      city: 'Legazpi',
      country: 'PH',
    });
    expect(published.status).toBe(200);
    const before = await snapshot(server.db);

    const put = await deskB.request('PUT', `/v1/catalogue/commitments/${id}`, {
      title: 'Taken over',
    });
    const del = await deskB.request('DELETE', `/v1/catalogue/commitments/${id}`);

    expect([put.status, del.status]).toEqual([403, 403]);
    // B's requests did write its desk's last-seen time (once a minute); nothing else changed.
    const after = await snapshot(server.db);
    expect({ ...after, desks: null }).toEqual({ ...before, desks: null });
  });

  it('lets a direct query as the app role with B set see and change none of A’s rows (RLS)', async () => {
    await asAppRole(kind, server, tenantB.tenantId, async (sql) => {
      expect(await sql.query('SELECT current_user AS who')).toEqual([{ who: 'tulay_app' }]);
      // The query "forgets" its tenant filter, or asks for A's rows outright.
      const mine = await sql.query<{ tenant_id: string }>('SELECT tenant_id FROM records');
      expect(mine.every((r) => r.tenant_id === tenantB.tenantId)).toBe(true);
      expect(
        await sql.query('SELECT * FROM records WHERE tenant_id = $1', [tenantA.tenantId]),
      ).toEqual([]);
      expect(
        await sql.query('SELECT * FROM desks WHERE tenant_id = $1', [tenantA.tenantId]),
      ).toEqual([]);
      expect(
        await sql.query('SELECT * FROM tenants WHERE tenant_id = $1', [tenantA.tenantId]),
      ).toEqual([]);
      const updated = await sql.query(
        `UPDATE records SET fields = '{}' WHERE tenant_id = $1 RETURNING 1`,
        [tenantA.tenantId],
      );
      expect(updated).toEqual([]);
    });
    await expect(
      asAppRole(kind, server, tenantB.tenantId, (sql) =>
        sql.query(
          `INSERT INTO records (tenant_id, table_name, id, seq, fields, changes)
           VALUES ($1, 'people', $2, 999999, '{}', '{}')`,
          [tenantA.tenantId, recordId()],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // With no tenant set, the app role sees no tenant's rows at all.
    await expect(
      server.db.tenant(null, (sql) => sql.query('SELECT * FROM records')),
    ).resolves.toEqual([]);
    expect((await deskA.pullAll()).records[0]!.fields.familyName).toBe('Villanueva');
  });

  it("refuses B's token with A's tenant written into it", async () => {
    const [, , deskHex, secret] = tenantB.desks[0]!.token.split('_');
    const forged = `tly1_${tenantA.tenantId.replaceAll('-', '')}_${deskHex}_${secret}`;
    const answer = await new DeskClient(server.url, forged).request('GET', '/v1/pull?since=0');
    expect(answer.status).toBe(401);
  });
});
