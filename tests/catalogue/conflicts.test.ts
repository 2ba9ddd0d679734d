// Two desks change a record from the same base: the same field is a conflict (one value
// stored, the other kept for review), different fields are both kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation } from '../../domain/sync';
import {
  DeskClient,
  newTenant,
  person,
  recordId,
  startTestServer,
  testDatabaseKinds,
  type TestServer,
} from './harness';

let n = 0;
const edit = (id: string, baseSeq: number, fields: Mutation['fields']): Mutation => ({
  mutationId: `edit-${++n}:${id}`,
  table: 'people',
  id,
  op: 'put',
  fields: { ...fields, updatedAt: `2026-12-03T10:00:${String(n % 60).padStart(2, '0')}.000Z` },
  baseSeq,
});

describe.each(testDatabaseKinds())('conflicts on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  async function sharedRecord() {
    const tenant = await newTenant(server.db, 2);
    const a = new DeskClient(server.url, tenant.desks[0]!.token);
    const b = new DeskClient(server.url, tenant.desks[1]!.token);
    const id = recordId();
    await a.push([
      {
        mutationId: `create:${id}`,
        table: 'people',
        id,
        op: 'put',
        fields: person('Maria', 'Dela Cruz'),
        baseSeq: 0,
      },
    ]);
    const base = (await b.pullAll()).records[0]!.seq;
    return { tenant, a, b, id, base };
  }

  it('stores one value of a field both desks changed from the same base, and keeps the other in conflicts', async () => {
    const { tenant, a, b, id, base } = await sharedRecord();

    await a.push([edit(id, base, { phone: '0917 111 1111' })]);
    const answer = await b.push([edit(id, base, { phone: '0917 222 2222' })]);

    expect(answer.results[0]!.conflicts).toEqual(['phone']);
    const pulled = await a.pullAll();
    expect(pulled.records[0]!.fields.phone).toBe('0917 222 2222');
    expect(pulled.conflicts).toEqual([
      expect.objectContaining({
        recordId: id,
        table: 'people',
        field: 'phone',
        storedValue: '0917 222 2222',
        otherValue: '0917 111 1111',
        storedBy: { deskId: tenant.desks[1]!.deskId, deskName: 'Desk 2' },
        otherBy: { deskId: tenant.desks[0]!.deskId, deskName: 'Desk 1' },
        resolvedAt: null,
      }),
    ]);
  });

  it('keeps both changes when the desks changed different fields, with no conflict', async () => {
    const { a, b, id, base } = await sharedRecord();

    await a.push([edit(id, base, { phone: '0917 333 3333' })]);
    const answer = await b.push([edit(id, base, { city: 'Daraga' })]);

    expect(answer.results[0]!.conflicts).toEqual([]);
    const pulled = await b.pullAll();
    expect(pulled.records[0]!.fields).toMatchObject({ phone: '0917 333 3333', city: 'Daraga' });
    expect(pulled.conflicts).toEqual([]);
  });

  it('is no conflict when one desk changes a field again before it pulled its own change', async () => {
    const { a, id, base } = await sharedRecord();

    await a.push([edit(id, base, { phone: '1' })]);
    const again = await a.push([edit(id, base, { phone: '2' })]);

    expect(again.results[0]!.conflicts).toEqual([]);
    expect((await a.pullAll()).conflicts).toEqual([]);
  });

  it('closes a conflict with the reviewer’s choice, which syncs as an edit', async () => {
    const { a, b, id, base } = await sharedRecord();
    await a.push([edit(id, base, { familyName: 'Dela Cruz-Reyes' })]);
    await b.push([edit(id, base, { familyName: 'De la Cruz' })]);
    const first = await a.pullAll();
    const conflict = first.conflicts[0]!;

    // Desk A's reviewer keeps A's value: an ordinary edit that names the conflict it settles.
    await a.push([
      {
        ...edit(id, first.records[0]!.seq, { familyName: conflict.otherValue }),
        resolves: [conflict.id],
      },
    ]);

    const later = await b.pullAll(first.cursor);
    expect(later.records[0]!.fields.familyName).toBe('Dela Cruz-Reyes');
    expect(later.conflicts).toEqual([
      expect.objectContaining({ id: conflict.id, resolvedAt: expect.any(String) as unknown }),
    ]);
    // A desk syncing for the first time gets only the open conflicts.
    expect((await b.pullAll(0)).conflicts).toEqual([]);
  });
});
