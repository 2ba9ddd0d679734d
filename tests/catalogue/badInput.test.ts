// Bad input gets the status that says what is wrong, never a stack trace, and changes nothing
// in the database (row counts and a checksum of every table).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeDesk } from '../../catalogue/src/admin';
import { MAX_PUSH_MUTATIONS, type ErrorResponse, type Mutation } from '../../domain/sync';
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

const valid = (): Mutation => {
  const id = recordId();
  return {
    mutationId: `bad:${id}`,
    table: 'people',
    id,
    op: 'put',
    fields: person('Rosa', 'Lim'),
    baseSeq: 0,
  };
};

function expectNoStack(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|\.ts:\d+/);
  expect(
    Object.keys(body as object).every((k) =>
      ['error', 'reason', 'message', 'issues', 'protocol'].includes(k),
    ),
  ).toBe(true);
}

describe.each(testDatabaseKinds())('bad input on %s', (kind) => {
  let server: TestServer;
  let desk: DeskClient;
  let revokedDesk: DeskClient;
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const tenant = await newTenant(server.db, 2);
    desk = new DeskClient(server.url, tenant.desks[0]!.token);
    revokedDesk = new DeskClient(server.url, tenant.desks[1]!.token);
    await desk.push([valid()]);
    await revokedDesk.pull(0);
    await revokeDesk(server.db, tenant.desks[1]!.deskId);
    before = await snapshot(server.db);
  });
  afterAll(async () => {
    // Whatever the requests above were, the database is as it was.
    expect(await snapshot(server.db)).toEqual(before);
    await server.stop();
  });

  const push = (body: unknown, headers?: Record<string, string>) =>
    desk.request<ErrorResponse>('POST', '/v1/push', body, headers);

  it('answers a body that is not JSON with 400', async () => {
    const answer = await push('{"mutations": [', { 'content-type': 'application/json' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalidRequest');
    expectNoStack(answer.body);
  });

  it('names the field path and the reason of a wrong type', async () => {
    const answer = await push({ mutations: [{ ...valid(), baseSeq: '3' }] });
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([
      { path: 'mutations.0.baseSeq', message: expect.stringMatching(/number/) as unknown },
    ]);
    const field = await push({ mutations: [valid(), { ...valid(), fields: { givenName: 5 } }] });
    expect(field.status).toBe(400);
    expect(field.body.issues).toEqual([
      { path: 'mutations.1.fields.givenName', message: expect.any(String) as unknown },
    ]);
    expectNoStack(field.body);
  });

  it('refuses an unknown table, and a field the server owns', async () => {
    const table = await push({ mutations: [{ ...valid(), table: 'passwords' }] });
    expect(table.status).toBe(400);
    expect(table.body.issues?.[0]?.path).toBe('mutations.0.table');
    const seq = await push({ mutations: [{ ...valid(), fields: { serverSeq: 9 } }] });
    expect(seq.status).toBe(400);
    expect(seq.body.issues?.[0]?.path).toBe('mutations.0.fields.serverSeq');
  });

  it('refuses more than 500 mutations in a batch, and a mutation id repeated in one', async () => {
    const many = Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, valid);
    expect((await push({ mutations: many })).status).toBe(400);
    const m = valid();
    const repeated = await push({ mutations: [m, { ...valid(), mutationId: m.mutationId }] });
    expect(repeated.status).toBe(400);
    expect(repeated.body.issues?.[0]?.path).toBe('mutations.1.mutationId');
  });

  it('answers a body of 10 MB with 413', async () => {
    const big = { mutations: [{ ...valid(), fields: { notes: 'x'.repeat(10 * 1024 * 1024) } }] };
    const answer = await push(big);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toBe('tooLarge');
    expectNoStack(answer.body);
  });

  it('tells a desk of another protocol version which versions the server speaks', async () => {
    const newer = await push({ mutations: [valid()] }, { 'tulay-protocol': '3' });
    expect(newer.status).toBe(400);
    expect(newer.body).toMatchObject({
      error: 'unsupportedProtocol',
      reason: 'serverTooOld',
      protocol: { current: 2, oldest: 1 },
    });
    const older = await desk.request<ErrorResponse>('GET', '/v1/pull', undefined, {
      'tulay-protocol': '0',
    });
    expect(older.body.reason).toBe('deskTooOld');
  });

  it('answers a revoked token with 401 and a reason the desk can show', async () => {
    const answer = await revokedDesk.request<ErrorResponse>('POST', '/v1/push', {
      mutations: [valid()],
    });
    expect(answer.status).toBe(401);
    expect(answer.body.reason).toBe('revoked');
    expect(answer.body.message).toMatch(/revoked/);
    const pull = await revokedDesk.request<ErrorResponse>('GET', '/v1/pull?since=0');
    expect(pull.status).toBe(401);
  });

  it('answers no token and a made-up token with 401', async () => {
    const none = await new DeskClient(server.url, '').request<ErrorResponse>(
      'GET',
      '/v1/pull',
      undefined,
      { authorization: '' },
    );
    expect(none.body.reason).toBe('missingToken');
    expect(none.status).toBe(401);
    const fake = `tly1_${'a'.repeat(32)}_${'b'.repeat(32)}_${'c'.repeat(64)}`;
    const made = await new DeskClient(server.url, fake).request<ErrorResponse>('POST', '/v1/push', {
      mutations: [valid()],
    });
    expect(made.status).toBe(401);
    expect(made.body.reason).toBe('badToken');
  });

  it('answers a desk that pushes too fast with 429 and Retry-After', async () => {
    const limited = await startTestServer(kind, { ratePerSecond: 1, rateBurst: 2 });
    try {
      const fast = new DeskClient(limited.url, desk.token);
      const statuses = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 4; i++) {
        const answer = await fast.request<ErrorResponse>('GET', '/v1/pull?since=999999999');
        statuses.push(answer.status);
        retryAfter ??= answer.headers.get('retry-after');
      }
      expect(statuses.slice(0, 2)).toEqual([200, 200]);
      expect(statuses.slice(2)).toContain(429);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    } finally {
      await limited.stop();
    }
  });
});
