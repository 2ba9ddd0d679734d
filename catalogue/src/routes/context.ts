// What every route needs: the database, the limiter, and the checks that come before a
// transaction (protocol version, token format, rate), so that a bad request touches nothing.
import type { FastifyRequest } from 'fastify';
import { OLDEST_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../domain/sync';
import type { Database } from '../db/types';
import { HttpError, unauthorized } from '../errors';
import type { RateLimiter } from '../rateLimit';
import type { TenantEvents } from '../pullWait';
import { bearer, parseToken, type ParsedToken } from '../tokens';

export interface RouteContext {
  db: Database;
  limiter: RateLimiter;
  /** Pushes committed, per tenant: wakes the long polls (GET /v1/pull/wait). */
  events: TenantEvents;
}

const PROTOCOL = { current: PROTOCOL_VERSION, oldest: OLDEST_PROTOCOL_VERSION };

/** The desk's protocol version, which must be one this server speaks. */
export function checkProtocol(request: FastifyRequest, required: boolean): void {
  const raw = request.headers[PROTOCOL_HEADER];
  if (raw === undefined && !required) return;
  const version = Number(raw);
  if (
    Number.isInteger(version) &&
    version >= OLDEST_PROTOCOL_VERSION &&
    version <= PROTOCOL_VERSION
  )
    return;
  const reason =
    raw === undefined
      ? 'protocolMissing'
      : version > PROTOCOL_VERSION
        ? 'serverTooOld'
        : 'deskTooOld';
  throw new HttpError(400, {
    error: 'unsupportedProtocol',
    reason,
    message: `This server speaks sync protocol versions ${OLDEST_PROTOCOL_VERSION} to ${PROTOCOL_VERSION} (header ${PROTOCOL_HEADER})`,
    protocol: PROTOCOL,
  });
}

/** The token of an authenticated request, parsed (not yet checked against the database). */
export function requireToken(request: FastifyRequest, ctx: RouteContext): ParsedToken {
  const raw = bearer(request.headers.authorization);
  if (!raw) throw unauthorized('missingToken', 'This request needs the desk token');
  const token = parseToken(raw);
  if (!token)
    throw unauthorized('badToken', 'The desk token is not valid: check it in Settings → Sync');
  const wait = ctx.limiter.take(`${token.tenantId}:${token.deskId}`);
  if (wait > 0) {
    throw new HttpError(
      429,
      {
        error: 'tooManyRequests',
        message: `Too many requests from this desk: try again in ${wait} s`,
      },
      { 'retry-after': String(wait) },
    );
  }
  return token;
}
