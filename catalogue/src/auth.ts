// Who is asking: the desk named by the token, checked inside the request's own transaction (no
// extra round trip). A push also locks its tenant's row here, in the same statement.
import type { NamedStatement, Sql } from './db/types';
import { unauthorized } from './errors';
import { secretMatches, type ParsedToken } from './tokens';

export interface DeskSession {
  tenantId: string;
  tenantName: string;
  country: string | null;
  deskId: string;
  deskName: string;
  /** The tenant's last seq, read under the row lock when `lock` was asked for. */
  seq: number;
}

interface DeskRow {
  tenant_name: string;
  country: string | null;
  seq: number;
  desk_name: string;
  token_hash: string;
  revoked_at: Date | null;
  last_seen_at: Date | null;
}

const DESK_QUERY = `SELECT t.name AS tenant_name, t.country, t.seq, d.name AS desk_name, d.token_hash,
                           d.revoked_at, d.last_seen_at
                      FROM tenants t JOIN desks d ON d.tenant_id = t.tenant_id
                     WHERE t.tenant_id = $1 AND d.desk_id = $2`;
// Every request runs one of these: prepared once per connection (NamedStatement).
const DESK: NamedStatement = { name: 'auth.desk', text: DESK_QUERY };
const DESK_LOCKED: NamedStatement = {
  name: 'auth.deskLocked',
  text: `${DESK_QUERY} FOR UPDATE OF t`,
};

/** last_seen_at is written at most this often, not on every request. */
const SEEN_EVERY_MS = 60_000;

export async function authenticate(
  sql: Sql,
  token: ParsedToken,
  { lock }: { lock: boolean },
): Promise<DeskSession> {
  const rows = await sql.query<DeskRow>(lock ? DESK_LOCKED : DESK, [token.tenantId, token.deskId]);
  const desk = rows[0];
  if (!desk || !secretMatches(token.secret, desk.token_hash)) {
    throw unauthorized('badToken', 'The desk token is not valid: check it in Settings → Sync');
  }
  if (desk.revoked_at) {
    throw unauthorized(
      'revoked',
      `This desk's token was revoked (${desk.revoked_at.toISOString()}): ask the catalogue's administrator for a new one`,
    );
  }
  if (!desk.last_seen_at || Date.now() - desk.last_seen_at.getTime() > SEEN_EVERY_MS) {
    await sql.query('UPDATE desks SET last_seen_at = now() WHERE tenant_id = $1 AND desk_id = $2', [
      token.tenantId,
      token.deskId,
    ]);
  }
  return {
    tenantId: token.tenantId,
    tenantName: desk.tenant_name,
    country: desk.country,
    deskId: token.deskId,
    deskName: desk.desk_name,
    seq: desk.seq,
  };
}
