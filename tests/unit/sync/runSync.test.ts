// The desk's side of sync: outbox → batches, the merge of a pulled page over pending local
// edits, the page and its cursor in one transaction, and two desks syncing through a real
// catalogue server (PGlite, in this process, on a free loopback port).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDesk, addTenant } from '../../../catalogue/src/admin';
import { buildApp } from '../../../catalogue/src/app';
import { prepare } from '../../../catalogue/src/database';
import { openPglite } from '../../../catalogue/src/db/pglite';
import type { Database } from '../../../catalogue/src/db/types';
import { uuidv7 } from '../../../domain/ids';
import type { OutboxEntry } from '../../../domain/records/internal';
import {
  createRecord,
  createRecords,
  settleConflict,
  updateRecord,
  type TulayDatabase,
} from '../../../renderer/db';
import { applyPulledPage, mergePulled, readCursor } from '../../../renderer/sync/applyPull';
import { CatalogueClient, SyncProblem } from '../../../renderer/sync/client';
import { planOutbox } from '../../../renderer/sync/outboxBatches';
import { runSync } from '../../../renderer/sync/runSync';
import { freshDatabase, writer } from '../db/testDatabase';

const entry = (over: Partial<OutboxEntry>): OutboxEntry => ({
  id: uuidv7(),
  table: 'people',
  recordId: uuidv7(),
  op: 'put',
  fields: ['givenName'],
  baseSeq: 3,
  state: 'pending',
  createdAt: '2026-12-05T10:00:00.000Z',
  updatedAt: '2026-12-05T10:00:00.000Z',
  ...over,
});

describe('planOutbox', () => {
  it('pushes a 10,000-record bulk entry as one mutation per record, in batches of 500', () => {
    const ids = Array.from({ length: 10_000 }, () => uuidv7());
    const before = entry({});
    const bulk = entry({ recordIds: ids, recordId: 'batch', baseSeq: 0, fields: ['givenName'] });
    const after = entry({});
    const read = (_table: string, id: string) => ({ id, serverSeq: 0, givenName: `N${id}` });
    const plan = planOutbox([before, bulk, after], read);

    expect(plan.total).toBe(10_002);
    expect(plan.batches).toHaveLength(21);
    expect(plan.batches.every((b) => b.mutations.length <= 500)).toBe(true);
    const all = plan.batches.flatMap((b) => b.mutations);
    expect(new Set(all.map((m) => m.mutationId)).size).toBe(10_002);
    expect(all.filter((m) => m.mutationId.startsWith(`${bulk.id}:`))).toHaveLength(10_000);
    // Each entry is removed only with the batch that holds its last mutation.
    expect(plan.batches[0]!.completes).toEqual([before.id]);
    expect(plan.batches[20]!.completes).toEqual([bulk.id, after.id]);
    expect(plan.batches.slice(1, 20).every((b) => b.completes.length === 0)).toBe(true);
  });

  it('gives the same mutation ids when planned again, so a replay is recognised', () => {
    const e = entry({ recordIds: [uuidv7(), uuidv7()], baseSeq: 0 });
    const read = (_table: string, id: string) => ({ id, serverSeq: 0, givenName: 'A' });
    const ids = (p: ReturnType<typeof planOutbox>) =>
      p.batches.flatMap((b) => b.mutations.map((m) => m.mutationId));
    expect(ids(planOutbox([e], read))).toEqual(ids(planOutbox([e], read)));
  });

  it('drops at once an entry with nothing to send (a desk-only table)', () => {
    const settings = entry({ table: 'settings' });
    const plan = planOutbox([settings], () => undefined);
    expect(plan.batches).toEqual([]);
    expect(plan.empty).toEqual([settings.id]);
  });
});

describe('mergePulled', () => {
  const local = {
    id: 'p1',
    givenName: 'Maria',
    familyName: 'Santos',
    phone: '0917 000 1111',
    updatedAt: 'local-time',
    updatedBy: 'staff-A',
    deletedAt: null,
    serverSeq: 4,
  };
  const pulled = {
    id: 'p1',
    seq: 9,
    fields: {
      givenName: 'María',
      familyName: 'Santos-Reyes',
      phone: '0917 999 9999',
      updatedAt: 'server-time',
      updatedBy: 'staff-B',
      deletedAt: null,
    },
  };

  it('keeps the locally changed fields and takes the server’s others', () => {
    const merged = mergePulled(local, [entry({ recordId: 'p1', fields: ['phone'] })], pulled);
    expect(merged).toMatchObject({
      phone: '0917 000 1111',
      updatedBy: 'staff-A',
      givenName: 'María',
      familyName: 'Santos-Reyes',
      serverSeq: 9,
    });
  });

  it('takes the server’s state whole when nothing is pending', () => {
    expect(mergePulled(local, [], pulled)).toMatchObject({ ...pulled.fields, serverSeq: 9 });
  });

  it('keeps the whole local record while a bulk entry still stands for it', () => {
    const merged = mergePulled(
      { ...local, batchId: 'b1' },
      [entry({ recordIds: ['p1'], baseSeq: 0 })],
      pulled,
    );
    expect(merged).toMatchObject({ givenName: 'Maria', phone: '0917 000 1111', batchId: 'b1' });
  });
});

describe('applyPulledPage', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  const person = (id: string, seq: number, givenName: string) => ({
    table: 'people' as const,
    id,
    seq,
    fields: { givenName, familyName: 'Cruz', deletedAt: null, updatedAt: 't', updatedBy: 's' },
  });

  it('stores the page and its cursor together, and neither when the page fails', async () => {
    db = await freshDatabase();
    const first = uuidv7();
    await applyPulledPage(db, {
      records: [person(first, 5, 'Ana')],
      conflicts: [],
      nextCursor: 5,
      hasMore: false,
    });
    expect(await readCursor(db)).toBe(5);
    expect((await db.people.get(first))?.givenName).toBe('Ana');

    // A case whose reference a stored case already has breaks the unique index mid-page.
    const kase = (id: string, seq: number) => ({
      table: 'cases' as const,
      id,
      seq,
      fields: {
        reference: 'ABC-2026-000001',
        clientId: first,
        clientRole: 'ofwLandBased',
        channel: 'walkIn',
        categories: ['welfareCheck'],
        urgency: 'normal',
        status: 'open',
        description: 'Asked for help.',
        openedAt: '2026-12-05T09:00:00.000Z',
        createdAt: '2026-12-05T09:00:00.000Z',
        updatedAt: '2026-12-05T09:00:00.000Z',
        updatedBy: 's',
        deletedAt: null,
      },
    });
    await applyPulledPage(db, {
      records: [kase(uuidv7(), 6)],
      conflicts: [],
      nextCursor: 6,
      hasMore: false,
    });
    const clash = kase(uuidv7(), 8);
    const second = uuidv7();
    await expect(
      applyPulledPage(db, {
        records: [person(second, 7, 'Ben'), clash],
        conflicts: [],
        nextCursor: 8,
        hasMore: false,
      }),
    ).rejects.toThrow();
    expect(await readCursor(db)).toBe(6);
    expect(await db.people.get(second)).toBeUndefined();
  });

  it('does not put pulled records into the outbox', async () => {
    db = await freshDatabase();
    await applyPulledPage(db, {
      records: [person(uuidv7(), 3, 'Ana')],
      conflicts: [],
      nextCursor: 3,
      hasMore: false,
    });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('runSync against a catalogue server', () => {
  let server: Database;
  let url: string;
  let close: () => Promise<unknown>;
  let tokens: string[];
  const dbs: TulayDatabase[] = [];

  beforeAll(async () => {
    server = await openPglite(undefined);
    await prepare(server);
    const app = buildApp({
      db: server,
      bodyLimit: 8 << 20,
      ratePerSecond: 0,
      rateBurst: 100,
      logLevel: 'silent',
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    close = () => app.close();
    const { tenantId } = await addTenant(server, `Sync test ${Date.now()}`, 'PH');
    tokens = [
      (await addDesk(server, tenantId, 'Desk A')).token,
      (await addDesk(server, tenantId, 'Desk B')).token,
    ];
  }, 60_000);
  afterAll(async () => {
    dbs.forEach((d) => d.close());
    await close?.();
  });

  const desk = async () => {
    const db = await freshDatabase();
    dbs.push(db);
    return db;
  };

  it('carries a bulk write and an edit from one desk to another, and empties the outbox', async () => {
    const a = await desk();
    const b = await desk();
    const clientA = new CatalogueClient({ address: url, token: tokens[0]! });
    const clientB = new CatalogueClient({ address: url, token: tokens[1]! });
    const people = await createRecords(
      writer(a),
      'people',
      Array.from({ length: 1200 }, (_, i) => ({ givenName: `Person${i}`, familyName: 'Bulk' })),
    );
    const progress: number[] = [];
    const pushed = await runSync(a, clientA, { onProgress: (p) => progress.push(p.done) });
    expect(pushed.pushed).toBe(1200);
    expect(await a.outbox.count()).toBe(0);
    expect(progress).toContain(500);

    await runSync(b, clientB, { pullLimit: 300 });
    expect(await b.people.count()).toBe(1200);
    expect(await b.outbox.count()).toBe(0);

    // B edits one field, A another, both offline; after syncing both keep both edits.
    const target = people[7]!.id;
    await updateRecord(writer(b, 'staff-B'), 'people', target, { phone: '0917 555 0000' });
    await updateRecord(writer(a, 'staff-A'), 'people', target, { familyName: 'Renamed' });
    await runSync(b, clientB);
    await runSync(a, clientA);
    await runSync(b, clientB);
    for (const db of [a, b]) {
      expect(await db.people.get(target)).toMatchObject({
        phone: '0917 555 0000',
        familyName: 'Renamed',
      });
      // Found by both desks' changes: the tokens are recomputed from the merged record.
      const tokens = (await db.people.get(target))!.searchTokens;
      expect(tokens).toEqual(expect.arrayContaining(['renamed', '09175550000']));
      expect(await db.outbox.count()).toBe(0);
    }
  }, 60_000);

  it('keeps a conflict for review, and settles it on every desk with the value the officer chose', async () => {
    const a = await desk();
    const b = await desk();
    const clientA = new CatalogueClient({ address: url, token: tokens[0]! });
    const clientB = new CatalogueClient({ address: url, token: tokens[1]! });
    const maria = await createRecord(writer(a), 'people', {
      givenName: 'Maria',
      familyName: 'Conflict',
    });
    await runSync(a, clientA);
    await runSync(b, clientB);
    // Both change the phone offline; A pushes first, so B's value is stored and A's replaced.
    await updateRecord(writer(a, 'staff-A'), 'people', maria.id, { phone: '0917 111 1111' });
    await updateRecord(writer(b, 'staff-B'), 'people', maria.id, { phone: '0917 222 2222' });
    await runSync(a, clientA);
    await runSync(b, clientB);

    const [open] = await b.conflicts.where('state').equals('open').toArray();
    expect(open).toMatchObject({
      table: 'people',
      recordId: maria.id,
      field: 'phone',
      storedValue: '0917 222 2222',
      otherValue: '0917 111 1111',
      storedBy: { deskName: 'Desk B' },
      otherBy: { deskName: 'Desk A' },
    });
    expect(await b.outbox.count()).toBe(0);

    expect(await settleConflict(writer(b, 'staff-B'), open!.id, 'other')).toBe(true);
    expect(await b.people.get(maria.id)).toMatchObject({ phone: '0917 111 1111' });
    expect(await b.conflicts.get(open!.id)).toMatchObject({
      state: 'chosen',
      chosenValue: '0917 111 1111',
    });
    const audit = await b.audit.where('[table+recordId]').equals(['people', maria.id]).last();
    expect(audit).toMatchObject({
      fields: ['phone', 'searchTokens'],
      resolves: [open!.id],
      actor: 'staff-B',
    });

    await runSync(b, clientB);
    await runSync(a, clientA);
    for (const db of [a, b]) {
      expect(await db.people.get(maria.id)).toMatchObject({ phone: '0917 111 1111' });
      // Resolved, with both values kept as the record's history.
      expect(await db.conflicts.get(open!.id)).toMatchObject({
        state: 'resolved',
        storedValue: '0917 222 2222',
        otherValue: '0917 111 1111',
      });
      expect(await db.conflicts.where('state').equals('open').count()).toBe(0);
    }
    // A second choice of a settled conflict changes nothing.
    expect(await settleConflict(writer(a), open!.id, 'stored')).toBe(false);
  }, 60_000);

  it('sends the choice even when the record already holds the chosen value', async () => {
    const a = await desk();
    const b = await desk();
    const clientA = new CatalogueClient({ address: url, token: tokens[0]! });
    const clientB = new CatalogueClient({ address: url, token: tokens[1]! });
    const ben = await createRecord(writer(a), 'people', { givenName: 'Ben', familyName: 'Same' });
    await runSync(a, clientA);
    await runSync(b, clientB);
    await updateRecord(writer(a), 'people', ben.id, { city: 'Daraga' });
    await updateRecord(writer(b), 'people', ben.id, { city: 'Legazpi' });
    await runSync(a, clientA);
    await runSync(b, clientB);
    const [open] = await b.conflicts.where('state').equals('open').toArray();
    await settleConflict(writer(b), open!.id, 'stored');
    expect(
      await b.outbox.get({ table: 'people', recordId: ben.id, state: 'pending' }),
    ).toMatchObject({ fields: ['city'], resolves: [open!.id] });
    await runSync(b, clientB);
    await runSync(a, clientA);
    expect(await a.people.get(ben.id)).toMatchObject({ city: 'Legazpi' });
    expect(await a.conflicts.get(open!.id)).toMatchObject({ state: 'resolved' });
  }, 60_000);

  it('pushes an edit made after a failed push of the same record (found by convergence.test)', async () => {
    const a = await desk();
    const b = await desk();
    const clientA = new CatalogueClient({ address: url, token: tokens[0]! });
    const person = await createRecord(writer(a), 'people', { givenName: 'Ana', familyName: 'C' });
    await runSync(a, clientA);
    // The push of the first edit is lost: its entry stays in flight.
    await updateRecord(writer(a), 'people', person.id, { phone: '0917 111 0000' });
    const lost = new CatalogueClient({ address: url, token: tokens[0]! }, () =>
      Promise.reject(new TypeError('network down')),
    );
    await expect(runSync(a, lost)).rejects.toMatchObject({ kind: 'unreachable' });
    // A second edit of the same record starts a new entry beside the one in flight.
    await updateRecord(writer(a), 'people', person.id, { familyName: 'Cruz' });
    expect(await a.outbox.count()).toBe(2);

    await runSync(a, clientA);
    expect(await a.outbox.count()).toBe(0);
    await runSync(b, new CatalogueClient({ address: url, token: tokens[1]! }));
    expect(await b.people.get(person.id)).toMatchObject({
      phone: '0917 111 0000',
      familyName: 'Cruz',
    });
  }, 30_000);

  it('does not put back old values when the pull after a desk’s first push failed', async () => {
    const a = await desk();
    const b = await desk();
    const clientA = new CatalogueClient({ address: url, token: tokens[0]! });
    const clientB = new CatalogueClient({ address: url, token: tokens[1]! });
    const person = await createRecord(writer(a), 'people', { givenName: 'Ana', familyName: 'C' });
    // A's push gets through, its pull does not.
    let requests = 0;
    const pullLost = new CatalogueClient({ address: url, token: tokens[0]! }, (input, init) =>
      ++requests === 1 ? fetch(input, init) : Promise.reject(new TypeError('network down')),
    );
    await expect(runSync(a, pullLost)).rejects.toMatchObject({ kind: 'unreachable' });
    await runSync(b, clientB);
    await updateRecord(writer(b, 'staff-B'), 'people', person.id, { familyName: 'Cruz' });
    await runSync(b, clientB);
    // A, not knowing B's change, edits another field.
    await updateRecord(writer(a, 'staff-A'), 'people', person.id, { notes: 'Called back.' });
    await runSync(a, clientA);
    await runSync(b, clientB);
    for (const db of [a, b])
      expect(await db.people.get(person.id)).toMatchObject({
        familyName: 'Cruz',
        notes: 'Called back.',
      });
  }, 30_000);

  it('keeps the pages written when the page asked for meanwhile is lost, and goes on from there', async () => {
    const { tenantId } = await addTenant(server, `Pull resume ${Date.now()}`, 'PH');
    const [tokenA, tokenB] = [
      (await addDesk(server, tenantId, 'A')).token,
      (await addDesk(server, tenantId, 'B')).token,
    ];
    const a = await desk();
    const b = await desk();
    await createRecords(
      writer(a),
      'people',
      Array.from({ length: 1200 }, (_, i) => ({ givenName: `Person${i}`, familyName: 'Paged' })),
    );
    await runSync(a, new CatalogueClient({ address: url, token: tokenA }));
    // The third page is asked for while the second is written, and never arrives.
    let pulls = 0;
    const flaky = new CatalogueClient({ address: url, token: tokenB }, (input, init) =>
      String(input).includes('/v1/pull') && ++pulls === 3
        ? Promise.reject(new TypeError('network down'))
        : fetch(input, init),
    );
    await expect(runSync(b, flaky, { pullLimit: 300 })).rejects.toMatchObject({
      kind: 'unreachable',
    });
    expect(await b.people.count()).toBe(600);
    const progress: number[] = [];
    const { pulled } = await runSync(b, new CatalogueClient({ address: url, token: tokenB }), {
      pullLimit: 300,
      onProgress: (p) => progress.push(p.done),
    });
    expect(pulled).toBe(600);
    expect(progress).toEqual([0, 300, 600]);
    expect(await b.people.count()).toBe(1200);
  }, 30_000);

  it('keeps the outbox when the token is wrong, and says so', async () => {
    const a = await desk();
    await createRecord(writer(a), 'people', { givenName: 'Kept', familyName: 'Local' });
    const bad = new CatalogueClient({ address: url, token: `${tokens[0]!.slice(0, -4)}0000` });
    const error = await runSync(a, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncProblem);
    expect((error as SyncProblem).kind).toBe('badToken');
    expect(await a.outbox.count()).toBe(1);
    expect(await a.people.count()).toBe(1);
  });

  it('tells an unreachable address from a wrong token', async () => {
    const client = new CatalogueClient({ address: 'http://127.0.0.1:9', token: tokens[0]! });
    await expect(client.session()).rejects.toMatchObject({ kind: 'unreachable' });
    const ok = new CatalogueClient({ address: url, token: tokens[0]! });
    expect((await ok.session()).deskName).toBe('Desk A');
  });
});
