// What "Publish" and "Stop publishing" send to the catalogue, in order: the session first (a bad
// token stops before anything is sent), the commitment under the municipality's id, each chosen
// quarter, and the withdrawal of quarters no longer chosen; a withdrawal of what the catalogue
// does not hold (404) counts as done.
import { describe, expect, it } from 'vitest';
import { OLDEST_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../domain/sync';
import type { Publication } from '../../../renderer/sync/publication';
import { publishPublication, withdrawPublication } from '../../../renderer/sync/publication';
import { SyncProblem, type FetchLike } from '../../../renderer/sync/client';

const TENANT = '0190a000-0000-7000-8000-000000000001';
const DESK = '0190a000-0000-7000-8000-000000000002';
const connection = { address: 'https://catalogue.example.org/', token: 'tly1_secret' };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const SESSION = {
  tenantId: TENANT,
  tenantName: 'Legazpi City',
  country: 'PH',
  deskId: DESK,
  deskName: 'Albay desk',
  protocol: { current: PROTOCOL_VERSION, oldest: OLDEST_PROTOCOL_VERSION },
  serverTime: '2026-12-06T00:00:00.000Z',
};

/** A catalogue that answers each call with `answer` and records what it was sent. */
function catalogue(answer: (method: string, path: string) => Response) {
  const calls: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  const fetchImpl: FetchLike = (input, init) => {
    const path = new URL(input).pathname;
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    calls.push({
      method,
      path,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : null,
      auth: headers.get('authorization'),
    });
    return Promise.resolve(answer(method, path));
  };
  return { calls, fetchImpl };
}

const publication: Publication = {
  commitment: {
    title: 'Help desk for OFWs',
    summary: '',
    city: 'Legazpi City',
    country: 'PH',
    submitter: null,
    sharedOn: '2026-12-06',
    partners: [],
    themes: [],
    gcmObjectives: [21],
    sdgs: [],
    stakeholderType: null,
    geographicRelevance: null,
    startsOn: null,
    endsOn: null,
    contact: null,
  },
  indicators: [
    {
      quarter: '2026-Q4',
      figures: {
        inquiriesByCategory: { repatriation: 7, welfareCheck: '<5' },
        seminarsHeld: '<5',
        seminarAttendees: 12,
        stakeholdersMapped: 13,
      },
    },
  ],
};

describe('publishPublication', () => {
  it('sends the commitment under the municipality, each quarter, and withdraws the dropped ones', async () => {
    const { calls, fetchImpl } = catalogue((method, path) =>
      path === '/v1/session'
        ? json(200, SESSION)
        : method === 'DELETE'
          ? json(404, { error: 'Not Found', reason: 'notFound', message: 'none' })
          : json(200, {}),
    );
    const result = await publishPublication(
      connection,
      publication,
      ['2026-Q4', '2026-Q3'],
      fetchImpl,
    );
    expect(result).toEqual({ commitmentId: TENANT });
    expect(calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['GET', '/v1/session', null],
      ['PUT', `/v1/catalogue/commitments/${TENANT}`, publication.commitment],
      ['PUT', '/v1/catalogue/indicators/2026-Q4', publication.indicators[0]!.figures],
      ['DELETE', '/v1/catalogue/indicators/2026-Q3', null],
    ]);
    expect(calls.every((c) => c.auth === 'Bearer tly1_secret')).toBe(true);
  });

  it('stops at the session when the token is revoked, sending nothing', async () => {
    const { calls, fetchImpl } = catalogue(() =>
      json(401, { error: 'Unauthorized', reason: 'revoked', message: 'revoked' }),
    );
    const failure = publishPublication(connection, publication, [], fetchImpl);
    await expect(failure).rejects.toMatchObject({ kind: 'revoked' });
    expect(calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('asks for a token before calling anyone, and says when the catalogue cannot be reached', async () => {
    const { calls, fetchImpl } = catalogue(() => json(200, SESSION));
    await expect(
      publishPublication({ ...connection, token: ' ' }, publication, [], fetchImpl),
    ).rejects.toMatchObject({ kind: 'missingToken' });
    expect(calls).toEqual([]);
    const offline: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await publishPublication(connection, publication, [], offline).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SyncProblem);
    expect(error).toMatchObject({ kind: 'unreachable' });
  });

  it('says the catalogue refused the commitment (another municipality owns the id)', async () => {
    const { fetchImpl } = catalogue((_, path) =>
      path === '/v1/session'
        ? json(200, SESSION)
        : json(403, { error: 'Forbidden', reason: 'forbidden', message: 'not yours' }),
    );
    await expect(publishPublication(connection, publication, [], fetchImpl)).rejects.toMatchObject({
      kind: 'rejected',
    });
  });
});

describe('withdrawPublication', () => {
  it('withdraws the commitment and each published quarter; 404 counts as done', async () => {
    const { calls, fetchImpl } = catalogue((_, path) =>
      path.endsWith('2026-Q3') ? json(404, { error: 'Not Found', message: 'none' }) : json(200, {}),
    );
    await withdrawPublication(
      connection,
      { commitmentId: TENANT, quarters: ['2026-Q4', '2026-Q3'] },
      fetchImpl,
    );
    expect(calls.map((c) => [c.method, c.path])).toEqual([
      ['DELETE', `/v1/catalogue/commitments/${TENANT}`],
      ['DELETE', '/v1/catalogue/indicators/2026-Q4'],
      ['DELETE', '/v1/catalogue/indicators/2026-Q3'],
    ]);
  });
});
