// The municipality's commitment and this desk's indicators in the public catalogue (Settings →
// Sync → "Publish our commitment"). What the officer typed and what the catalogue was last sent
// are kept in the desk's "publication" setting (the settings table never leaves the desk).
// The commitment is published under the municipality's id, so every desk of a city publishes
// the same one; indicators go per desk and quarter. Stopping withdraws them from the catalogue
// and never deletes anything on this computer.
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type Commitment,
  type Indicators,
} from '../../domain/sync';
import { createRecord, updateReadRecord, type TulayDatabase, type WriteContext } from '../db';
import {
  CatalogueClient,
  normaliseAddress,
  problemOf,
  SyncProblem,
  type FetchLike,
} from './client';
import type { DeskConnection } from './publicCatalogue';

/** The commitment as the officer types it: empty text is "not given". */
export interface CommitmentDraft {
  title: string;
  summary: string;
  city: string;
  country: string | null;
  submitter: string;
  partners: string[];
  themes: string[];
  gcmObjectives: number[];
  sdgs: number[];
  stakeholderType: string;
  geographicRelevance: string;
  startsOn: string;
  endsOn: string;
  contact: string;
}

/** Exactly what "Publish" sends: the commitment's body and each quarter's indicators. */
export interface Publication {
  commitment: Commitment;
  indicators: { quarter: string; figures: Indicators }[];
}

export interface PublishedState {
  /** When the catalogue last accepted the publication. */
  at: string;
  /** The commitment's id in the catalogue (the municipality's id). */
  commitmentId: string;
  quarters: string[];
  /** The day the municipality first published it (the commitment's "shared on"). */
  sharedOn: string;
  /** When "Stop publishing" withdrew it; null while it is published. */
  withdrawnAt: string | null;
}

export interface PublicationSettings {
  draft: CommitmentDraft;
  quarters: string[];
  published: PublishedState | null;
}

export const PUBLICATION_SETTING_KEY = 'publication';

export async function readPublicationSettings(
  db: TulayDatabase,
): Promise<PublicationSettings | undefined> {
  const record = await db.settings.get({ key: PUBLICATION_SETTING_KEY });
  return record && !record.deletedAt ? (record.value as PublicationSettings) : undefined;
}

export async function savePublicationSettings(ctx: WriteContext, value: PublicationSettings) {
  await ctx.db.transaction('rw', [ctx.db.settings, ctx.db.audit, ctx.db.outbox], async () => {
    const existing = await ctx.db.settings.get({ key: PUBLICATION_SETTING_KEY });
    if (existing) await updateReadRecord(ctx, 'settings', existing, { value });
    else await createRecord(ctx, 'settings', { key: PUBLICATION_SETTING_KEY, value });
  });
}

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

async function send(
  connection: DeskConnection,
  method: 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  fetchImpl: FetchLike,
) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${connection.token.trim()}`,
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchImpl(`${normaliseAddress(connection.address)}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new SyncProblem('unreachable', error instanceof Error ? error.message : String(error));
  }
  // Withdrawing what the catalogue does not hold leaves it as wanted: not published.
  if (!response.ok && !(method === 'DELETE' && response.status === 404))
    throw await problemOf(response);
}

/**
 * Publishes the commitment under the municipality's id and each quarter's indicators, then
 * withdraws the quarters published before and no longer chosen. The session call first checks
 * the token and the protocol, so a bad token stops before anything is sent.
 */
export async function publishPublication(
  connection: DeskConnection,
  publication: Publication,
  previousQuarters: readonly string[],
  fetchImpl: FetchLike = defaultFetch,
): Promise<{ commitmentId: string }> {
  if (!connection.token.trim()) throw new SyncProblem('missingToken', 'no desk token');
  const session = await new CatalogueClient(connection, fetchImpl).session();
  const commitmentId = session.tenantId;
  await send(
    connection,
    'PUT',
    `/v1/catalogue/commitments/${commitmentId}`,
    publication.commitment,
    fetchImpl,
  );
  for (const { quarter, figures } of publication.indicators) {
    await send(connection, 'PUT', `/v1/catalogue/indicators/${quarter}`, figures, fetchImpl);
  }
  const chosen = new Set(publication.indicators.map((i) => i.quarter));
  for (const quarter of previousQuarters) {
    if (!chosen.has(quarter))
      await send(connection, 'DELETE', `/v1/catalogue/indicators/${quarter}`, undefined, fetchImpl);
  }
  return { commitmentId };
}

/** "Stop publishing": withdraws the commitment and this desk's quarters from the catalogue. */
export async function withdrawPublication(
  connection: DeskConnection,
  published: Pick<PublishedState, 'commitmentId' | 'quarters'>,
  fetchImpl: FetchLike = defaultFetch,
): Promise<void> {
  if (!connection.token.trim()) throw new SyncProblem('missingToken', 'no desk token');
  await send(
    connection,
    'DELETE',
    `/v1/catalogue/commitments/${published.commitmentId}`,
    undefined,
    fetchImpl,
  );
  for (const quarter of published.quarters) {
    await send(connection, 'DELETE', `/v1/catalogue/indicators/${quarter}`, undefined, fetchImpl);
  }
}
