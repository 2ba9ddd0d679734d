// A desk claims the prefix its case references carry (protocol 2). Another desk of the same
// municipality is refused it with the holder's name; another municipality may use it; a desk
// keeps its older prefixes; a version-1 desk still syncs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, PrefixClaimResponse } from '../../domain/sync';
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

const claim = (desk: DeskClient, prefix: unknown, headers: Record<string, string> = {}) =>
  desk.request<PrefixClaimResponse & ErrorResponse>('PUT', '/v1/desk/prefix', { prefix }, headers);

describe.each(testDatabaseKinds())('reference prefixes on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  it('refuses a prefix another desk of the municipality holds, naming that desk', async () => {
    const tenant = await newTenant(server.db, 2);
    const a = new DeskClient(server.url, tenant.desks[0]!.token);
    const b = new DeskClient(server.url, tenant.desks[1]!.token);
    const first = await claim(a, 'LGA');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ prefix: 'LGA', prefixes: ['LGA'] });

    const refused = await claim(b, 'LGA');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ reason: 'prefixTaken', heldBy: 'Desk 1' });

    const other = await claim(b, 'LGB');
    expect(other.status).toBe(200);
    expect(other.body.prefixes).toEqual(['LGB']);
    // Claiming again is harmless: the same answer, nothing added.
    const before = await snapshot(server.db);
    expect((await claim(a, 'LGA')).body).toMatchObject({ prefix: 'LGA', prefixes: ['LGA'] });
    expect(await snapshot(server.db)).toEqual(before);
  });

  it('lets another municipality use the same prefix', async () => {
    const one = await newTenant(server.db, 1);
    const two = await newTenant(server.db, 1);
    expect((await claim(new DeskClient(server.url, one.desks[0]!.token), 'MNL')).status).toBe(200);
    expect((await claim(new DeskClient(server.url, two.desks[0]!.token), 'MNL')).status).toBe(200);
  });

  it('keeps an older prefix with its desk after the desk moves to a new one', async () => {
    const tenant = await newTenant(server.db, 2);
    const a = new DeskClient(server.url, tenant.desks[0]!.token);
    const b = new DeskClient(server.url, tenant.desks[1]!.token);
    await claim(a, 'CEB');
    const moved = await claim(a, 'CEBU');
    expect(moved.body.prefixes).toEqual(['CEB', 'CEBU']);
    // Desk A's older cases still carry CEB: B may not number its own under it.
    expect((await claim(b, 'CEB')).status).toBe(409);
  });

  it('serves one of two desks claiming the same prefix at once', async () => {
    const tenant = await newTenant(server.db, 2);
    const desks = tenant.desks.map((d) => new DeskClient(server.url, d.token));
    const answers = await Promise.all(desks.map((d) => claim(d, 'QZN')));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  });

  it('answers a malformed prefix or a wrong token without storing anything', async () => {
    const tenant = await newTenant(server.db, 1);
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const before = await snapshot(server.db);
    for (const prefix of ['lga', 'L', 'TOOLONG', 'L-A', 42]) {
      const answer = await claim(desk, prefix);
      expect(answer.status, String(prefix)).toBe(400);
      expect(answer.body.issues?.[0]?.path).toBe('prefix');
    }
    const wrong = new DeskClient(server.url, tenant.desks[0]!.token.slice(0, -4) + '0000');
    expect((await claim(wrong, 'LGA')).status).toBe(401);
    expect(await snapshot(server.db)).toEqual(before);
  });

  it("keeps each municipality's prefixes to itself, and lets the server only add them", async () => {
    const one = await newTenant(server.db, 1);
    const two = await newTenant(server.db, 1);
    await claim(new DeskClient(server.url, one.desks[0]!.token), 'ILO');
    await server.db.tenant(two.tenantId, async (sql) => {
      expect(await sql.query('SELECT * FROM desk_prefixes')).toEqual([]);
    });
    await expect(
      server.db.tenant(two.tenantId, (sql) =>
        sql.query('INSERT INTO desk_prefixes (tenant_id, prefix, desk_id) VALUES ($1, $2, $3)', [
          one.tenantId,
          'ILX',
          one.desks[0]!.deskId,
        ]),
      ),
    ).rejects.toThrow(/row-level security|foreign key/);
    await expect(
      server.db.tenant(one.tenantId, (sql) =>
        sql.query(`UPDATE desk_prefixes SET desk_id = desk_id WHERE prefix = 'ILO'`),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('still accepts the previous protocol version for push and pull', async () => {
    const tenant = await newTenant(server.db, 1);
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const id = recordId();
    const v1 = { 'tulay-protocol': '1' };
    const pushed = await desk.request(
      'POST',
      '/v1/push',
      {
        mutations: [
          {
            mutationId: `create:${id}`,
            table: 'people',
            id,
            op: 'put',
            fields: person('Lorna', 'Reyes'),
            baseSeq: 0,
          },
        ],
      },
      v1,
    );
    expect(pushed.status).toBe(200);
    const pulled = await desk.request<{ records: unknown[] }>(
      'GET',
      '/v1/pull?since=0',
      undefined,
      v1,
    );
    expect(pulled.status).toBe(200);
    expect(pulled.body.records).toHaveLength(1);
  });
});
