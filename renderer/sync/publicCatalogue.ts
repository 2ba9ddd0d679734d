// The public catalogue's side of the desk: reading its changes feed without a token (anyone may
// read it), and publishing or withdrawing this desk's shared stakeholders with the desk token.
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  catalogueChangesSchema,
  type SharedStakeholder,
} from '../../domain/sync';
import type { z } from 'zod';
import { normaliseAddress, problemOf, SyncProblem, type FetchLike } from './client';

export type CatalogueChanges = z.infer<typeof catalogueChangesSchema>;

const defaultFetch: FetchLike = (input, init) => fetch(input, init);

async function send(
  fetchImpl: FetchLike,
  url: string,
  init: RequestInit,
  /** A status that is an answer, not a problem. */
  fine?: number,
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (error) {
    throw new SyncProblem('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok && response.status !== fine) throw await problemOf(response);
  return response;
}

/** One page of `GET /v1/catalogue/changes`, checked against the protocol's schema. */
export async function fetchCatalogueChanges(
  address: string,
  since: number,
  limit: number,
  fetchImpl: FetchLike = defaultFetch,
): Promise<CatalogueChanges> {
  const url = `${normaliseAddress(address)}/v1/catalogue/changes?since=${since}&limit=${limit}`;
  const response = await send(fetchImpl, url, {
    method: 'GET',
    headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
  });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SyncProblem('unreachable', 'the answer is not from a Tulay catalogue');
  }
  const parsed = catalogueChangesSchema.safeParse(body);
  if (!parsed.success) throw new SyncProblem('unreachable', 'not a Tulay catalogue answer');
  return parsed.data;
}

export interface DeskConnection {
  address: string;
  token: string;
}

/** Shares a stakeholder (`data`) or withdraws it (`null`) under the desk's municipality. */
export async function publishStakeholder(
  connection: DeskConnection,
  id: string,
  data: SharedStakeholder | null,
  fetchImpl: FetchLike = defaultFetch,
): Promise<void> {
  if (!connection.token.trim()) throw new SyncProblem('missingToken', 'no desk token');
  const url = `${normaliseAddress(connection.address)}/v1/catalogue/stakeholders/${id}`;
  const headers: Record<string, string> = {
    authorization: `Bearer ${connection.token.trim()}`,
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  };
  if (data) headers['content-type'] = 'application/json';
  // Withdrawing what the catalogue never had (404) leaves it as wanted: not shared.
  await send(
    fetchImpl,
    url,
    { method: data ? 'PUT' : 'DELETE', headers, body: data ? JSON.stringify(data) : undefined },
    data ? undefined : 404,
  );
}
