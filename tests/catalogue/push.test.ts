// Exactly once: a replayed batch, a batch whose answer was lost, and any part of a bulk write
// pushed again leave one copy of each change and get the first answer again.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../domain/records/internal';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  mutationsFromOutboxEntry,
  type Mutation,
  type PushResponse,
} from '../../domain/sync';
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

/** Pushes, and drops the connection as soon as the answer starts: the desk never reads it. */
function pushAndDropAnswer(url: string, token: string, mutations: Mutation[]) {
  const body = JSON.stringify({ mutations });
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      `${url}/v1/push`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        req.destroy();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const newPeople = (n: number, prefix: string): Mutation[] =>
  Array.from({ length: n }, (_, i) => ({
    mutationId: `entry-${prefix}-${i}:r`,
    table: 'people' as const,
    id: recordId(),
    op: 'put' as const,
    fields: person(`${prefix}${i}`, 'Santos'),
    baseSeq: 0,
  }));

describe.each(testDatabaseKinds())('push on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  it('applies a batch pushed twice once, and answers the replay exactly as the first push', async () => {
    const tenant = await newTenant(server.db, 1);
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const batch = newPeople(20, 'Twice');
    const first = await desk.push(batch);
    expect(first.results.every((r) => r.status === 'applied')).toBe(true);
    const before = await snapshot(server.db);

    const second = await desk.push(batch);

    expect(second).toEqual(first);
    expect(await snapshot(server.db)).toEqual(before);
    const pulled = await desk.pullAll();
    expect(pulled.records).toHaveLength(20);
    expect(new Set(pulled.records.map((r) => r.seq)).size).toBe(20);
  });

  it('keeps one copy of a batch whose answer was lost and that the desk pushed again', async () => {
    const tenant = await newTenant(server.db, 1);
    const token = tenant.desks[0]!.token;
    const desk = new DeskClient(server.url, token);
    const batch = newPeople(30, 'Lost');

    expect(await pushAndDropAnswer(server.url, token, batch)).toBe(200);
    const retry = await desk.push(batch);

    expect(retry.results.map((r) => r.status)).toEqual(batch.map(() => 'applied'));
    const pulled = await desk.pullAll();
    expect(pulled.records.map((r) => r.fields.givenName).sort()).toEqual(
      batch.map((m) => m.fields.givenName).sort(),
    );
    // The answer given again names the seqs the first (lost) push took.
    expect(retry.results.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
      pulled.records.map((r) => r.seq).sort((a, b) => a - b),
    );
  });

  it('pushes a bulk outbox entry one mutation per record; replaying any part of it is harmless', async () => {
    const tenant = await newTenant(server.db, 1);
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const records = new Map(
      Array.from({ length: 40 }, (_, i) => {
        const id = recordId();
        return [id, { id, serverSeq: 0, batchId: 'b', ...person(`Bulk${i}`, 'Reyes') }] as const;
      }),
    );
    const entry: OutboxEntry = {
      id: '01900000-0000-7000-8000-00000000b01c',
      table: 'people',
      recordId: '01900000-0000-7000-8000-00000000b01c',
      recordIds: [...records.keys()],
      op: 'put',
      fields: Object.keys(person('a', 'b')),
      baseSeq: 0,
      state: 'inflight',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
    };
    const mutations = mutationsFromOutboxEntry(entry, (id) => records.get(id));
    expect(mutations).toHaveLength(40);
    expect(mutations[0]!.fields).not.toHaveProperty('batchId');

    const a = await desk.push(mutations.slice(0, 25));
    const b = await desk.push(mutations.slice(10, 40));
    const c = await desk.push(mutations);

    expect(b.results.slice(0, 15)).toEqual(a.results.slice(10, 25));
    expect(c.results).toEqual([...a.results, ...b.results.slice(15)]);
    const pulled = await desk.pullAll();
    expect(pulled.records).toHaveLength(40);
    expect(pulled.records.every((r) => r.fields.familyName === 'Reyes')).toBe(true);
  });

  it('keeps personal fields and tokens out of the logs', async () => {
    const tenant = await newTenant(server.db, 1);
    const token = tenant.desks[0]!.token;
    const desk = new DeskClient(server.url, token);
    const [mutation] = newPeople(1, 'Zenaida');
    mutation!.fields.notes = 'Secret medical note';
    await desk.push([mutation!]);
    await desk.pull(0);

    const logs = server.logs();
    expect(logs).toContain('"msg":"push"');
    expect(logs).not.toContain('Zenaida');
    expect(logs).not.toContain('Secret medical note');
    expect(logs).not.toContain(token.slice(-64));
  });

  it('answers a pushed change with its seq, and pulls show the record at that seq', async () => {
    const tenant = await newTenant(server.db, 1);
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const [create] = newPeople(1, 'Seq');
    const created: PushResponse = await desk.push([create!]);
    const update: Mutation = {
      mutationId: 'entry-seq-2:r',
      table: 'people',
      id: create!.id,
      op: 'put',
      fields: { city: 'Legazpi', updatedAt: '2026-12-02T09:00:00.000Z' },
      baseSeq: created.results[0]!.seq,
    };
    const updated = await desk.push([update]);
    const same = await desk.push([{ ...update, mutationId: 'entry-seq-3:r' }]);

    expect(updated.results[0]!.seq).toBeGreaterThan(created.results[0]!.seq);
    expect(same.results[0]).toMatchObject({ status: 'unchanged', seq: updated.results[0]!.seq });
    const { records } = await desk.pullAll();
    expect(records).toEqual([
      expect.objectContaining({ id: create!.id, seq: updated.results[0]!.seq }),
    ]);
    expect(records[0]!.fields).toMatchObject({ givenName: 'Seq0', city: 'Legazpi' });
  });
});
