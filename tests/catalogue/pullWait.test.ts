// GET /v1/pull/wait, the long poll a desk holds open to hear of other desks' pushes at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../domain/sync';
import { MAX_WAITING_PER_DESK } from '../../catalogue/src/pullWait';
import {
  DeskClient,
  newTenant,
  person,
  recordId,
  startTestServer,
  testDatabaseKinds,
  type Answer,
  type TestServer,
} from './harness';

const put = (givenName: string): Mutation => {
  const id = recordId();
  return {
    mutationId: `m-${id}`,
    table: 'people',
    id,
    op: 'put',
    fields: person(givenName, 'Reyes'),
    baseSeq: 0,
  };
};

/** Starts a wait and reports when it answered, so a test can tell "held" from "answered". */
function startWait(desk: DeskClient, after: number, timeout = 20) {
  let answeredAt: number | null = null;
  const answer = desk
    .request<{ changed: boolean }>('GET', `/v1/pull/wait?after=${after}&timeout=${timeout}`)
    .then((a: Answer<{ changed: boolean }>) => {
      answeredAt = Date.now();
      return a;
    });
  return { answer, answered: () => answeredAt !== null };
}

describe.each(testDatabaseKinds())('pull wait on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  it('answers at once when the tenant has records after the cursor', async () => {
    const tenant = await newTenant(server.db, 2);
    const a = new DeskClient(server.url, tenant.desks[0]!.token);
    const b = new DeskClient(server.url, tenant.desks[1]!.token);
    await a.push([put('Ana')]);
    const started = Date.now();
    const answer = await b.request<{ changed: boolean }>('GET', '/v1/pull/wait?after=0');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ changed: true });
    // The default wait is 25 s: an answer well under it was not a timeout.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('holds an up-to-date desk until a push of its tenant commits, then wakes it', async () => {
    const tenant = await newTenant(server.db, 2);
    const a = new DeskClient(server.url, tenant.desks[0]!.token);
    const b = new DeskClient(server.url, tenant.desks[1]!.token);
    await a.push([put('Ana')]);
    const { cursor } = await b.pullAll();
    const wait = startWait(b, cursor);
    // The wait is held: a pull round trip of B answers while the wait does not.
    await b.pull(cursor);
    expect(wait.answered()).toBe(false);
    const pushedAt = Date.now();
    await a.push([put('Benito')]);
    const answer = await wait.answer;
    expect(answer.body).toEqual({ changed: true });
    expect(Date.now() - pushedAt).toBeLessThan(5_000);
    const page = await b.pull(cursor);
    expect(page.records.map((r) => r.fields.givenName)).toEqual(['Benito']);
  });

  it('does not wake for a push of another tenant', async () => {
    const mine = await newTenant(server.db, 1);
    const other = await newTenant(server.db, 1);
    const b = new DeskClient(server.url, mine.desks[0]!.token);
    const stranger = new DeskClient(server.url, other.desks[0]!.token);
    const started = Date.now();
    const wait = startWait(b, 0, 2);
    await stranger.push([put('Carmen')]);
    const answer = await wait.answer;
    expect(answer.body).toEqual({ changed: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
  });

  it('answers "nothing new" when the time is up', async () => {
    const tenant = await newTenant(server.db, 1);
    const b = new DeskClient(server.url, tenant.desks[0]!.token);
    const started = Date.now();
    const answer = await b.request<{ changed: boolean }>('GET', '/v1/pull/wait?after=0&timeout=1');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ changed: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('checks the token as a pull does and bounds the waits of a desk', async () => {
    const tenant = await newTenant(server.db, 1);
    const bad = new DeskClient(server.url, `${tenant.desks[0]!.token.slice(0, -4)}AAAA`);
    expect((await bad.request('GET', '/v1/pull/wait?after=0&timeout=1')).status).toBe(401);
    const b = new DeskClient(server.url, tenant.desks[0]!.token);
    expect((await b.request('GET', '/v1/pull/wait?after=-1')).status).toBe(400);
    const held = Array.from({ length: MAX_WAITING_PER_DESK }, () => startWait(b, 0, 3));
    // Each held wait has registered once B's pull, sent after them, has answered.
    await b.pull(0);
    const refused = await b.request('GET', '/v1/pull/wait?after=0&timeout=3');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    const answers = await Promise.all(held.map((w) => w.answer));
    expect(answers.map((a) => a.body)).toEqual(held.map(() => ({ changed: false })));
    // Released: the desk may wait again.
    expect((await b.request('GET', '/v1/pull/wait?after=0&timeout=1')).status).toBe(200);
  });

  it('answers its waits "nothing new" when the server stops, instead of holding the stop', async () => {
    const own = await startTestServer(kind);
    const tenant = await newTenant(own.db, 1);
    const b = new DeskClient(own.url, tenant.desks[0]!.token);
    const wait = startWait(b, 0, 20);
    await b.pull(0);
    const started = Date.now();
    await own.stop();
    expect((await wait.answer).body).toEqual({ changed: false });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('lets go of a wait whose connection closed', async () => {
    const tenant = await newTenant(server.db, 1);
    const b = new DeskClient(server.url, tenant.desks[0]!.token);
    const controllers = Array.from({ length: MAX_WAITING_PER_DESK }, () => new AbortController());
    const closed = controllers.map((c) =>
      fetch(`${server.url}/v1/pull/wait?after=0&timeout=20`, {
        headers: { authorization: `Bearer ${b.token}`, 'tulay-protocol': '2' },
        signal: c.signal,
      }).catch(() => 'aborted'),
    );
    await b.pull(0);
    controllers.forEach((c) => c.abort());
    expect(await Promise.all(closed)).toEqual(controllers.map(() => 'aborted'));
    // Without the clean-up, the desk's slots stay taken for 20 s and this is refused (429).
    await expect
      .poll(async () => (await b.request('GET', '/v1/pull/wait?after=0&timeout=1')).status, {
        timeout: 5_000,
      })
      .toBe(200);
  });
});
