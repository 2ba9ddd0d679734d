// The desk's copy of the public catalogue: each page and its cursor in one transaction, the
// cursor followed page by page, withdrawn entries removed; and the stakeholders a desk shares,
// published and withdrawn through a real catalogue server (PGlite, in this process).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDesk, addTenant } from '../../../catalogue/src/admin';
import { buildApp } from '../../../catalogue/src/app';
import { prepare } from '../../../catalogue/src/database';
import { openPglite } from '../../../catalogue/src/db/pglite';
import type { Database } from '../../../catalogue/src/db/types';
import {
  catalogueChangesSchema,
  type CatalogueEntry,
  type SharedStakeholder,
} from '../../../domain/sync';
import { createRecord, updateRecord, type TulayDatabase } from '../../../renderer/db';
import {
  applyCataloguePage,
  pullCatalogue,
  readCatalogueState,
} from '../../../renderer/sync/catalogueCopy';
import { pendingShares, publishShares } from '../../../renderer/sync/catalogueShares';
import { refreshCatalogue } from '../../../renderer/sync/refreshCatalogue';
import { SyncProblem } from '../../../renderer/sync/client';
import { freshDatabase, writer } from '../db/testDatabase';

const TENANT = '0190a000-0000-7000-8000-000000000001';

function stakeholderEntry(seq: number, name: string, deleted = false): CatalogueEntry {
  const data: SharedStakeholder = {
    name,
    type: 'diaspora',
    country: 'IT',
    city: 'Milan',
    latitude: null,
    longitude: null,
    languages: ['fil'],
    sectors: ['welfare'],
    servicesOffered: ['Legal clinic'],
    contact: null,
  };
  return {
    kind: 'stakeholder',
    id: `0190a000-0000-7000-8000-00000000${String(seq).padStart(4, '0')}`,
    seq,
    publisher: { tenantId: TENANT, municipality: 'Legazpi City', country: 'PH' },
    updatedAt: '2026-12-01T08:00:00.000Z',
    deleted,
    data: deleted ? null : data,
  };
}

/** A page as the server's schema checks it, so the stub cannot drift from the protocol. */
const page = (entries: CatalogueEntry[], nextCursor: number, hasMore: boolean) =>
  catalogueChangesSchema.parse({ entries, nextCursor, hasMore });

describe('applyCataloguePage', () => {
  it('stores the entries and the cursor together, and removes a withdrawn entry', async () => {
    const db = await freshDatabase();
    await applyCataloguePage(
      db,
      page([stakeholderEntry(1, 'A'), stakeholderEntry(2, 'B')], 2, true),
      () => '2026-12-05T09:00:00.000Z',
    );
    expect((await db.catalogue.toArray()).map((e) => e.data.name).sort()).toEqual(['A', 'B']);
    expect(await readCatalogueState(db)).toEqual({
      cursor: 2,
      refreshedAt: '2026-12-05T09:00:00.000Z',
    });

    const withdrawn = { ...stakeholderEntry(1, 'A', true), seq: 3 };
    await applyCataloguePage(db, page([withdrawn], 3, false));
    expect((await db.catalogue.toArray()).map((e) => e.data.name)).toEqual(['B']);
    expect((await readCatalogueState(db)).cursor).toBe(3);
    db.close();
  });

  it('keeps neither the page nor the new cursor when writing the page fails', async () => {
    const db = await freshDatabase();
    await applyCataloguePage(db, page([stakeholderEntry(1, 'A')], 1, true));
    db.catalogue.hook('creating', (_key, row) => {
      if ((row.data as { name?: string }).name === 'Broken') throw new Error('disk full');
    });
    const failing = page([stakeholderEntry(2, 'B'), stakeholderEntry(3, 'Broken')], 3, false);
    await expect(applyCataloguePage(db, failing)).rejects.toThrow('disk full');
    expect((await db.catalogue.toArray()).map((e) => e.data.name)).toEqual(['A']);
    expect((await readCatalogueState(db)).cursor).toBe(1);
    db.close();
  });
});

describe('pullCatalogue', () => {
  it('follows the cursor page by page, and the next pull starts where the last one ended', async () => {
    const db = await freshDatabase();
    const feed = [1, 2, 3, 4, 5].map((seq) => stakeholderEntry(seq, `S${seq}`));
    const asked: number[] = [];
    const fetchImpl = (url: string) => {
      const since = Number(new URL(url).searchParams.get('since'));
      const limit = Number(new URL(url).searchParams.get('limit'));
      asked.push(since);
      const rest = feed.filter((e) => e.seq > since);
      const entries = rest.slice(0, limit);
      const body = page(entries, entries.at(-1)?.seq ?? since, rest.length > limit);
      return Promise.resolve(Response.json(body));
    };
    expect(await pullCatalogue(db, 'http://catalogue.test/', { fetchImpl, pageSize: 2 })).toBe(5);
    expect(asked).toEqual([0, 2, 4]);
    expect(await db.catalogue.count()).toBe(5);

    feed.push(stakeholderEntry(6, 'S6'));
    asked.length = 0;
    expect(await pullCatalogue(db, 'http://catalogue.test', { fetchImpl, pageSize: 2 })).toBe(1);
    expect(asked).toEqual([5]);
    expect((await readCatalogueState(db)).cursor).toBe(6);
    db.close();
  });

  it('says the catalogue is unreachable when the answer is not a catalogue page, and keeps the copy', async () => {
    const db = await freshDatabase();
    await applyCataloguePage(db, page([stakeholderEntry(1, 'A')], 1, false));
    const fetchImpl = () => Promise.resolve(Response.json({ hello: 'world' }));
    const pulling = pullCatalogue(db, 'http://catalogue.test', { fetchImpl });
    await expect(pulling).rejects.toMatchObject({ kind: 'unreachable' });
    expect(await db.catalogue.count()).toBe(1);
    db.close();
  });
});

describe('shared stakeholders through a real catalogue', () => {
  let server: Database;
  let url: string;
  let close: () => Promise<unknown>;
  let token: string;
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
    const { tenantId } = await addTenant(server, 'Terrassa', 'ES');
    token = (await addDesk(server, tenantId, 'Desk T')).token;
  }, 60_000);
  afterAll(async () => {
    dbs.forEach((d) => d.close());
    await close?.();
  });

  it('pulls the seed commitments without a token', async () => {
    const db = await freshDatabase();
    dbs.push(db);
    await refreshCatalogue(db, { address: url, token: '' });
    const commitments = await db.catalogue.where('kind').equals('commitment').toArray();
    expect(commitments.length).toBeGreaterThanOrEqual(3);
    expect(commitments.map((c) => c.data.title)).toContain(
      'Legazpi City: Expanded Help Desk for Overseas Filipino Workers',
    );
  });

  it('publishes a shared stakeholder, publishes it again after an edit, and withdraws it when switched off', async () => {
    const desk = await freshDatabase();
    const other = await freshDatabase();
    dbs.push(desk, other);
    const ctx = writer(desk);
    const own = await createRecord(ctx, 'stakeholders', {
      name: 'Casal dels Infants',
      type: 'civilSociety',
      country: 'ES',
      city: 'Terrassa',
      notes: 'Private: the director prefers calls after 3 pm',
      contacts: [{ name: 'Marta Puig', phone: '600 000 000' }],
    });
    const shared = await createRecord(ctx, 'stakeholders', { name: 'Not shared', type: 'media' });
    await updateRecord(ctx, 'stakeholders', own.id, { shareWithCatalogue: true });

    expect(await publishShares(desk, { address: url, token })).toEqual({
      published: 1,
      withdrawn: 0,
    });
    // Nothing changed since: nothing is sent again.
    expect(await pendingShares(desk)).toEqual({ publish: [], withdraw: [] });

    await refreshCatalogue(other, { address: url, token: '' });
    const seen = await other.catalogue.where('kind').equals('stakeholder').toArray();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ entryId: own.id, municipality: 'Terrassa', country: 'ES' });
    expect(seen[0]!.data).toMatchObject({
      name: 'Casal dels Infants',
      city: 'Terrassa',
      contact: null,
    });
    expect(JSON.stringify(seen[0]!.data)).not.toMatch(/director|Marta/);

    await updateRecord(ctx, 'stakeholders', own.id, { name: 'Casal dels Infants Terrassa' });
    await refreshCatalogue(desk, { address: url, token });
    await refreshCatalogue(other, { address: url, token: '' });
    expect((await other.catalogue.get(seen[0]!.id))!.data.name).toBe('Casal dels Infants Terrassa');

    await updateRecord(ctx, 'stakeholders', own.id, { shareWithCatalogue: false });
    expect(await publishShares(desk, { address: url, token })).toEqual({
      published: 0,
      withdrawn: 1,
    });
    await refreshCatalogue(other, { address: url, token: '' });
    expect(await other.catalogue.where('kind').equals('stakeholder').count()).toBe(0);
    // Withdrawing never touches the desk's own records.
    expect(await desk.stakeholders.get(own.id)).toMatchObject({
      name: 'Casal dels Infants Terrassa',
      deletedAt: null,
    });
    expect(await desk.stakeholders.get(shared.id)).toMatchObject({ deletedAt: null });
  }, 60_000);

  it('keeps the switch on and says the token is wrong when the catalogue refuses it', async () => {
    const desk = await freshDatabase();
    dbs.push(desk);
    const ctx = writer(desk);
    const s = await createRecord(ctx, 'stakeholders', { name: 'Cáritas', type: 'faithBased' });
    await updateRecord(ctx, 'stakeholders', s.id, { shareWithCatalogue: true });
    const refreshing = refreshCatalogue(desk, { address: url, token: `${token}x` });
    await expect(refreshing).rejects.toBeInstanceOf(SyncProblem);
    await expect(refreshing).rejects.toMatchObject({ kind: 'badToken' });
    // The copy was still brought up to date, and the share is still waiting to be sent.
    expect(await desk.catalogue.where('kind').equals('commitment').count()).toBeGreaterThan(0);
    expect((await pendingShares(desk)).publish.map((x) => x.id)).toEqual([s.id]);
  }, 60_000);
});
