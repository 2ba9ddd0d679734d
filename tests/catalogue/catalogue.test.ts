// The public catalogue: seeded from the seed file, searchable without a token, followed by its
// own cursor; a desk publishes its municipality's commitment, shared stakeholders and indicators
// (counts under 5 as "<5", never the number).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, parseSeeds, readSeedFiles } from '../../catalogue/src/seeds';
import type { z } from 'zod';
import type { CatalogueEntry, commitmentSearchResultSchema } from '../../domain/sync';
import {
  DeskClient,
  newTenant,
  recordId,
  startTestServer,
  testDatabaseKinds,
  type TestServer,
} from './harness';

const SEED_FILE = path.join(SEEDS_DIR, '000_57a066bb7e28fa02.txt');

type SearchAnswer = z.infer<typeof commitmentSearchResultSchema>;

describe('the seed loader', () => {
  it('makes one commitment of every entry of the seed file, with its title and text', async () => {
    const text = await readFile(SEED_FILE, 'utf8');
    const entries = parseSeeds(text);
    const lines = text.split('\n').map((l) => l.trim());
    const submitted = lines.filter((l) => l.startsWith('Submitted by '));

    expect(entries).toHaveLength(submitted.length);
    for (const { commitment } of entries) {
      // The title is the line just before "Submitted by", the text follows it.
      const at = lines.indexOf(commitment.title);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(lines.slice(at + 1).find((l) => l !== '')).toMatch(/^Submitted by /);
      expect(text).toContain(commitment.summary.split('\n')[0]!);
      expect(commitment.summary).not.toMatch(/Submitted by|Subscribe to/);
      expect(commitment.themes).toEqual(['Capacity Building']);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('recognises the city and the country where the text names them, and nothing else', async () => {
    const byCity = new Map((await readSeedFiles()).map((e) => [e.commitment.city, e.commitment]));
    expect(byCity.get('Terrassa')?.country).toBe('ES');
    expect(byCity.get('Legazpi')?.title).toMatch(/^Legazpi City:/);
    expect(byCity.get('Maipú')?.country).toBeNull();
    expect(byCity.has('Carmen de la Legua')).toBe(true);
    const global = (await readSeedFiles()).find((e) => e.commitment.title.startsWith('EUROMED'));
    expect(global?.commitment).toMatchObject({ city: null, country: null });
  });
});

describe.each(testDatabaseKinds())('public catalogue on %s', (kind) => {
  let server: TestServer;
  let anyone: DeskClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    anyone = new DeskClient(server.url, '');
  });
  afterAll(() => server.stop());

  const search = async (query: string) =>
    (
      await anyone.request<SearchAnswer>('GET', `/v1/catalogue/commitments?${query}`, undefined, {
        authorization: '',
      })
    ).body;

  it('holds every seed entry as a commitment, readable without a token', async () => {
    const seeds = await readSeedFiles();
    const all = await search('pageSize=100&theme=capacity%20building');
    const titles = all.items
      .filter((i) => i.publisher.municipality === 'Seed entries')
      .map((i) => i.data?.title);
    expect(titles.sort()).toEqual(seeds.map((s) => s.commitment.title).sort());
  });

  it('searches by text, city, country and theme, page by page', async () => {
    expect((await search('q=help%20desk%20filipino')).items.map((i) => i.data?.city)).toContain(
      'Legazpi',
    );
    expect((await search('city=terrassa')).items[0]?.data?.country).toBe('ES');
    expect((await search('country=ES')).items.every((i) => i.data?.country === 'ES')).toBe(true);
    expect((await search('theme=unknown-theme')).total).toBe(0);
    const page1 = await search('pageSize=2&page=1');
    const page2 = await search('pageSize=2&page=2');
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThanOrEqual(7);
    expect(page2.items.map((i) => i.id)).not.toContain(page1.items[0]!.id);
    const bad = await anyone.request('GET', '/v1/catalogue/commitments?gcm=99', undefined, {
      authorization: '',
    });
    expect(bad.status).toBe(400);
  });

  it('publishes a desk\'s commitment with its indicators, counts under 5 as "<5"', async () => {
    const tenant = await newTenant(server.db, 1);
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const id = recordId();
    const put = await desk.request('PUT', `/v1/catalogue/commitments/${id}`, {
      title: `Reintegration desk ${tenant.name}`,
      summary: 'Pre-departure seminars and referrals for returning workers.',
      city: 'Tabaco',
      country: 'PH',
      gcmObjectives: [21],
      themes: ['Reintegration'],
    });
    expect(put.status).toBe(200);
    const ind = await desk.request<CatalogueEntry>('PUT', '/v1/catalogue/indicators/2026-Q3', {
      inquiriesByCategory: { welfare: 12, repatriation: 3, legal: 0 },
      seminarsHeld: 4,
      seminarAttendees: 87,
      stakeholdersMapped: '<5',
    });
    expect(ind.status).toBe(200);

    const found = await search('gcm=21&theme=reintegration&q=Tabaco');
    expect(found.items).toHaveLength(1);
    expect(found.items[0]!.publisher.municipality).toBe(tenant.name);
    expect(found.items[0]!.indicators.map((i) => i.data)).toEqual([
      {
        quarter: '2026-Q3',
        deskName: 'Desk 1',
        inquiriesByCategory: { welfare: 12, repatriation: '<5', legal: '<5' },
        seminarsHeld: '<5',
        seminarAttendees: 87,
        stakeholdersMapped: '<5',
      },
    ]);
    // Stored as "<5" too: the number never reaches the database.
    const stored = await server.db.admin((sql) =>
      sql.query<{ data: { seminarsHeld: unknown } }>(
        `SELECT data FROM catalogue_entries WHERE tenant_id = $1 AND kind = 'indicators'`,
        [tenant.tenantId],
      ),
    );
    expect(stored[0]!.data.seminarsHeld).toBe('<5');

    // Stop publishing: the quarter is withdrawn (and once more is 404); the commitment stays.
    const withdrawn = await desk.request<CatalogueEntry>(
      'DELETE',
      '/v1/catalogue/indicators/2026-Q3',
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ kind: 'indicators', deleted: true, data: null });
    expect((await search('gcm=21&theme=reintegration&q=Tabaco')).items[0]!.indicators).toEqual([]);
    expect((await desk.request('DELETE', '/v1/catalogue/indicators/2026-Q2')).status).toBe(404);
    expect((await desk.request('DELETE', '/v1/catalogue/indicators/2026-Q9')).status).toBe(400);
  });

  it('shares and withdraws stakeholders, and lets desks follow every change by cursor', async () => {
    const start = (
      await anyone.request<{ nextCursor: number }>(
        'GET',
        '/v1/catalogue/changes?since=0&limit=1000',
        undefined,
        { authorization: '' },
      )
    ).body.nextCursor;
    const tenant = await newTenant(server.db, 1, 'ES');
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const ids = [recordId(), recordId()];
    for (const [i, id] of ids.entries()) {
      const answer = await desk.request('PUT', `/v1/catalogue/stakeholders/${id}`, {
        name: `Asociación de apoyo ${i} ${tenant.name}`,
        type: 'ngo',
        country: 'ES',
        city: 'Terrassa',
        servicesOffered: ['Legal advice'],
      });
      expect(answer.status).toBe(200);
    }
    expect((await desk.request('DELETE', `/v1/catalogue/stakeholders/${ids[0]}`)).status).toBe(200);
    expect((await desk.request('DELETE', `/v1/catalogue/stakeholders/${recordId()}`)).status).toBe(
      404,
    );

    const listed = await anyone.request<SearchAnswer>(
      'GET',
      `/v1/catalogue/stakeholders?q=${encodeURIComponent(tenant.name)}`,
      undefined,
      { authorization: '' },
    );
    expect(listed.body.items.map((i) => i.id)).toEqual([ids[1]]);

    const seen: CatalogueEntry[] = [];
    let cursor = start;
    for (;;) {
      const page = await anyone.request<{
        entries: CatalogueEntry[];
        nextCursor: number;
        hasMore: boolean;
      }>('GET', `/v1/catalogue/changes?since=${cursor}&limit=1`, undefined, { authorization: '' });
      seen.push(...page.body.entries);
      cursor = page.body.nextCursor;
      if (!page.body.hasMore) break;
    }
    const mine = seen.filter((e) => e.publisher.tenantId === tenant.tenantId);
    // The first stakeholder's latest state is its withdrawal; the cursor skipped nothing.
    expect(mine.map((e) => [e.id, e.deleted])).toEqual([
      [ids[1], false],
      [ids[0], true],
    ]);
  });

  it('refuses to publish without a token, or with an invalid commitment', async () => {
    const id = recordId();
    const none = await anyone.request(
      'PUT',
      `/v1/catalogue/commitments/${id}`,
      { title: 'x' },
      { authorization: '' },
    );
    expect(none.status).toBe(401);
    const tenant = await newTenant(server.db, 1);
    const desk = new DeskClient(server.url, tenant.desks[0]!.token);
    const bad = await desk.request<{ issues: { path: string }[] }>(
      'PUT',
      `/v1/catalogue/commitments/${id}`,
      { title: '', gcmObjectives: [24] },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i) => i.path).sort()).toEqual(['gcmObjectives.0', 'title']);
  });
});
