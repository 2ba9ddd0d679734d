// Case reference prefixes: a desk claims the prefix it numbers its cases under, and the claim is
// refused when another desk of the same municipality holds it, so that two desks never hand out
// the same reference. A desk keeps every prefix it ever claimed (its older cases carry them).
import type { PrefixClaimResponse } from '../../domain/sync';
import type { DeskSession } from './auth';
import type { Sql } from './db/types';
import { HttpError } from './errors';

interface PrefixRow {
  prefix: string;
  desk_id: string;
  desk_name: string;
}

/**
 * Claims `prefix` for the desk. Runs under the tenant's row lock (authenticate with lock), so two
 * desks claiming the same prefix at once are served one after the other; the primary key on
 * (tenant, prefix) backs that up.
 */
export async function claimPrefix(
  sql: Sql,
  desk: DeskSession,
  prefix: string,
): Promise<PrefixClaimResponse> {
  const held = await sql.query<PrefixRow>(
    `SELECT p.prefix, p.desk_id, d.name AS desk_name
       FROM desk_prefixes p JOIN desks d ON d.tenant_id = p.tenant_id AND d.desk_id = p.desk_id
      WHERE p.tenant_id = $1 AND p.prefix = $2`,
    [desk.tenantId, prefix],
  );
  const holder = held[0];
  if (holder && holder.desk_id !== desk.deskId) {
    throw new HttpError(409, {
      error: 'conflict',
      reason: 'prefixTaken',
      message: `The reference prefix ${prefix} is already used by the desk "${holder.desk_name}" of this municipality: choose another one`,
      heldBy: holder.desk_name,
    });
  }
  if (!holder) {
    await sql.query('INSERT INTO desk_prefixes (tenant_id, prefix, desk_id) VALUES ($1, $2, $3)', [
      desk.tenantId,
      prefix,
      desk.deskId,
    ]);
  }
  const mine = await sql.query<{ prefix: string }>(
    `SELECT prefix FROM desk_prefixes WHERE tenant_id = $1 AND desk_id = $2
      ORDER BY claimed_at, prefix`,
    [desk.tenantId, desk.deskId],
  );
  return { prefix, deskId: desk.deskId, prefixes: mine.map((r) => r.prefix) };
}
