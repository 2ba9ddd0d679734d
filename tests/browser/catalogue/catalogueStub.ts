// A stand-in for the catalogue server's public feed and stakeholder publishing, answering in the
// server's own message shapes: every answer is built with the domain/sync zod schemas, and every
// body the desk sends is checked with them, so the stub cannot drift from the protocol.
import {
  catalogueChangesSchema,
  commitmentSchema,
  indicatorsSchema,
  sharedStakeholderSchema,
  stakeholderEntrySchema,
  type CatalogueEntry,
  type SharedStakeholder,
} from '../../../domain/sync';

export const ADDRESS = 'http://catalogue.test';
export const LEGAZPI = '0190a000-0000-7000-8000-0000000000a1';
export const TERRASSA = '0190a000-0000-7000-8000-0000000000b2';
export const OWN = '0190a000-0000-7000-8000-0000000000c3';

const publisher = (tenantId: string, municipality: string, country: string) => ({
  tenantId,
  municipality,
  country,
});

export function seedFeed(): CatalogueEntry[] {
  const at = '2026-11-30T09:00:00.000Z';
  return [
    {
      kind: 'commitment',
      id: '0190a000-0000-7000-8000-000000000101',
      seq: 1,
      publisher: publisher(LEGAZPI, 'Legazpi City', 'PH'),
      updatedAt: at,
      deleted: false,
      data: commitmentSchema.parse({
        title: 'Legazpi City: Expanded Help Desk for Overseas Filipino Workers',
        summary:
          'Legazpi City commits to provide services to Overseas Filipino Workers and their families through a Municipal Help Desk, with pre-migration orientation seminars.',
        city: 'Legazpi',
        country: 'PH',
        themes: ['Capacity Building'],
        gcmObjectives: [3, 7],
        sdgs: [8],
        partners: ['OWWA', 'Bicol University'],
        startsOn: '2023-01-01',
        endsOn: '2026-12-31',
        contact: 'ofwdesk@legazpi.example',
      }),
    },
    {
      kind: 'commitment',
      id: '0190a000-0000-7000-8000-000000000102',
      seq: 2,
      publisher: publisher(TERRASSA, 'Terrassa', 'ES'),
      updatedAt: at,
      deleted: false,
      data: commitmentSchema.parse({
        title: 'Moroccan Dialect Classes in Terrassa, Spain',
        summary:
          'The City of Terrassa commits to language and intercultural training for teachers.',
        city: 'Terrassa',
        country: 'ES',
        themes: ['Social Inclusion'],
        gcmObjectives: [16],
      }),
    },
    {
      kind: 'indicators',
      id: `${LEGAZPI}:2026-Q3`,
      seq: 3,
      publisher: publisher(LEGAZPI, 'Legazpi City', 'PH'),
      updatedAt: at,
      deleted: false,
      data: {
        ...indicatorsSchema.parse({
          inquiriesByCategory: { repatriation: 12, illegalRecruitment: '<5' },
          seminarsHeld: '<5',
          seminarAttendees: 85,
          stakeholdersMapped: 17,
        }),
        quarter: '2026-Q3',
        deskName: 'Municipal OFW Help Desk',
      },
    },
    {
      kind: 'stakeholder',
      id: '0190a000-0000-7000-8000-000000000201',
      seq: 4,
      publisher: publisher(TERRASSA, 'Terrassa', 'ES'),
      updatedAt: at,
      deleted: false,
      data: sharedStakeholderSchema.parse({
        name: 'Associació Filipina de Terrassa',
        type: 'diaspora',
        country: 'ES',
        city: 'Terrassa',
        sectors: ['welfare'],
        servicesOffered: ['Acollida'],
      }),
    },
  ];
}

export interface CatalogueStub {
  feed: CatalogueEntry[];
  /** What the desk published (PUT) and withdrew (DELETE), in order. */
  published: { id: string; data: SharedStakeholder | null }[];
  offline: boolean;
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
}

export function catalogueStub(): CatalogueStub {
  const stub: CatalogueStub = {
    feed: seedFeed(),
    published: [],
    offline: false,
    fetch: (input, init) => {
      if (stub.offline) return Promise.reject(new TypeError('Failed to fetch'));
      const url = new URL(input instanceof Request ? input.url : input.toString());
      if (url.origin !== ADDRESS) return Promise.reject(new TypeError(`unexpected ${url.href}`));
      if (url.pathname === '/v1/catalogue/changes') {
        const since = Number(url.searchParams.get('since'));
        const limit = Number(url.searchParams.get('limit'));
        const rest = stub.feed.filter((e) => e.seq > since).sort((a, b) => a.seq - b.seq);
        const entries = rest.slice(0, limit);
        const body = catalogueChangesSchema.parse({
          entries,
          nextCursor: entries.at(-1)?.seq ?? since,
          hasMore: rest.length > limit,
        });
        return Promise.resolve(Response.json(body));
      }
      const match = /^\/v1\/catalogue\/stakeholders\/([0-9a-f-]{36})$/.exec(url.pathname);
      if (match && (init?.method === 'PUT' || init?.method === 'DELETE')) {
        const headers = new Headers(init.headers);
        if (headers.get('authorization') !== 'Bearer tly1_desk_token')
          return Promise.resolve(
            Response.json(
              { error: 'Unauthorized', reason: 'badToken', message: 'unknown token' },
              { status: 401 },
            ),
          );
        const data =
          init.method === 'PUT'
            ? sharedStakeholderSchema.parse(
                JSON.parse(typeof init.body === 'string' ? init.body : ''),
              )
            : null;
        stub.published.push({ id: match[1]!, data });
        const seq = Math.max(0, ...stub.feed.map((e) => e.seq)) + 1;
        const entry = stakeholderEntrySchema.parse({
          kind: 'stakeholder',
          id: match[1],
          seq,
          publisher: publisher(OWN, 'Legazpi City', 'PH'),
          updatedAt: new Date().toISOString(),
          deleted: data === null,
          data,
        });
        stub.feed.push(entry);
        return Promise.resolve(Response.json(entry));
      }
      return Promise.resolve(
        Response.json(
          { error: 'Not Found', reason: 'notFound', message: 'no route' },
          { status: 404 },
        ),
      );
    },
  };
  return stub;
}
