// Talks to the catalogue server (docs/catalogue.md) over HTTP. Every failure becomes a
// SyncProblem with a stable kind that the Settings page and the header say in plain words.
import { z } from 'zod';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  errorResponseSchema,
  prefixClaimResponseSchema,
  pullResponseSchema,
  pulledRecordSchema,
  pullWaitResponseSchema,
  pushResponseSchema,
  sessionResponseSchema,
  type Mutation,
  type PrefixClaimResponse,
  type PullResponse,
  type PulledRecord,
  type PullWaitResponse,
  type PushResponse,
  type SessionResponse,
} from '../../domain/sync';
import { mapInTasks, nextTask } from './nextTask';

/** A pull answer with its records not checked yet: they are checked one by one, in short tasks. */
const pullPageSchema = pullResponseSchema.extend({ records: z.array(z.unknown()) });

/**
 * A pulled record of an answer read with `response.json()`: its fields' values came out of
 * JSON.parse, so they are JSON values by construction, and checking each against `z.json()`
 * (a union walked value by value) cost five times the rest of the record's check. The table, id,
 * seq and the fields being an object are checked as in `pulledRecordSchema`.
 */
const parsedRecordSchema = pulledRecordSchema.extend({
  fields: z.record(z.string(), z.custom<PulledRecord['fields'][string]>()),
});

export type SyncProblemKind =
  | 'badAddress'
  | 'unreachable'
  | 'missingToken'
  | 'badToken'
  | 'revoked'
  | 'serverTooOld'
  | 'serverTooNew'
  | 'rateLimited'
  | 'rejected'
  | 'server'
  /** Another desk of the municipality numbers its cases under this desk's reference prefix. */
  | 'prefixTaken';

export class SyncProblem extends Error {
  /** prefixTaken: the prefix that was refused. */
  prefix?: string;

  constructor(
    readonly kind: SyncProblemKind,
    message: string,
    /** Seconds the server asked us to wait (429). */
    readonly retryAfter?: number,
    /** prefixTaken: the name of the desk that holds the prefix. */
    readonly heldBy?: string,
  ) {
    super(message);
    this.name = 'SyncProblem';
  }
}

/** Problems that no retry will fix: the officer must change the address or the token. */
export const isPermanent = (kind: SyncProblemKind) =>
  kind === 'badAddress' ||
  kind === 'missingToken' ||
  kind === 'badToken' ||
  kind === 'revoked' ||
  kind === 'serverTooOld' ||
  kind === 'serverTooNew' ||
  kind === 'prefixTaken';

export interface CatalogueConnection {
  address: string;
  token: string;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The address as a base URL without a trailing slash, or a badAddress problem. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new SyncProblem('badAddress', `not a web address: ${trimmed}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SyncProblem('badAddress', `not a web address: ${trimmed}`);
  return url.href.replace(/\/+$/, '');
}

export async function problemOf(response: Response): Promise<SyncProblem> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not our server's answer shape; the status decides.
  }
  const parsed = errorResponseSchema.safeParse(body);
  const reason = parsed.success ? parsed.data.reason : undefined;
  const message = parsed.success ? parsed.data.message : `HTTP ${response.status}`;
  if (response.status === 401) {
    if (reason === 'revoked') return new SyncProblem('revoked', message);
    if (reason === 'missingToken') return new SyncProblem('missingToken', message);
    return new SyncProblem('badToken', message);
  }
  if (response.status === 409 && reason === 'prefixTaken') {
    return new SyncProblem('prefixTaken', message, undefined, parsed.data?.heldBy);
  }
  if (reason === 'serverTooOld') return new SyncProblem('serverTooOld', message);
  if (reason === 'deskTooOld') return new SyncProblem('serverTooNew', message);
  if (response.status === 429) {
    const after = Number(response.headers.get('retry-after'));
    return new SyncProblem('rateLimited', message, Number.isFinite(after) ? after : undefined);
  }
  if (response.status === 404 && !parsed.success) return new SyncProblem('unreachable', message);
  if (response.status >= 400 && response.status < 500) return new SyncProblem('rejected', message);
  return new SyncProblem('server', message);
}

export class CatalogueClient {
  private readonly base: string;

  constructor(
    private readonly connection: CatalogueConnection,
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {
    this.base = normaliseAddress(connection.address);
  }

  private async request(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<unknown> {
    if (!this.connection.token.trim()) throw new SyncProblem('missingToken', 'no desk token');
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.connection.token.trim()}`,
          [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      throw new SyncProblem('unreachable', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw await problemOf(response);
    try {
      return await response.json();
    } catch {
      throw new SyncProblem('unreachable', 'the answer is not from a Tulay catalogue');
    }
  }

  private parse<T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, v: unknown) {
    const result = schema.safeParse(v);
    if (!result.success) throw new SyncProblem('unreachable', 'not a Tulay catalogue answer');
    return result.data as T;
  }

  /** What "Test connection" shows; also checks the protocol versions. */
  async session(): Promise<SessionResponse> {
    const session = this.parse<SessionResponse>(
      sessionResponseSchema,
      await this.request('GET', '/v1/session'),
    );
    if (session.protocol.current < PROTOCOL_VERSION)
      throw new SyncProblem('serverTooOld', 'the catalogue speaks an older protocol');
    if (session.protocol.oldest > PROTOCOL_VERSION)
      throw new SyncProblem('serverTooNew', 'the catalogue no longer speaks this protocol');
    return session;
  }

  async push(mutations: Mutation[]): Promise<PushResponse> {
    return this.parse<PushResponse>(
      pushResponseSchema,
      await this.request('POST', '/v1/push', { mutations }),
    );
  }

  async pull(since: number, limit: number): Promise<PullResponse> {
    const answer = await this.request('GET', `/v1/pull?since=${since}&limit=${limit}`);
    // A page of up to 1,000 records: its JSON is one task, and its check many short ones.
    await nextTask();
    const page = this.parse<Omit<PullResponse, 'records'> & { records: unknown[] }>(
      pullPageSchema,
      answer,
    );
    const records = await mapInTasks(page.records, (record) =>
      this.parse<PulledRecord>(parsedRecordSchema, record),
    );
    return { ...page, records };
  }

  /**
   * Waits until the municipality has records after `after` (true) or the server's wait is up
   * (false): GET /v1/pull/wait, held open by the server for up to 25 s. A server without it
   * answers 404, a `rejected` problem.
   */
  async waitForChanges(after: number, signal?: AbortSignal): Promise<boolean> {
    const answer = this.parse<PullWaitResponse>(
      pullWaitResponseSchema,
      await this.request('GET', `/v1/pull/wait?after=${after}`, undefined, signal),
    );
    return answer.changed;
  }

  /** Claims the reference prefix this desk numbers its cases under (prefixTaken if refused). */
  async claimPrefix(prefix: string): Promise<PrefixClaimResponse> {
    return this.parse<PrefixClaimResponse>(
      prefixClaimResponseSchema,
      await this.request('PUT', '/v1/desk/prefix', { prefix }),
    );
  }
}
