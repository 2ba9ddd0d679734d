// Administration of tenants (municipalities) and their desks, for the CLI. Runs as the owner
// with app.admin on: the only door that sees every tenant.
import { randomUUID } from 'node:crypto';
import type { Database } from './db/types';
import { makeToken } from './tokens';

export interface DeskListing {
  tenantId: string;
  tenantName: string;
  deskId: string;
  deskName: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
}

export async function addTenant(db: Database, name: string, country: string | null) {
  const tenantId = randomUUID();
  await db.admin((sql) =>
    sql.query('INSERT INTO tenants (tenant_id, name, country) VALUES ($1, $2, $3)', [
      tenantId,
      name,
      country,
    ]),
  );
  return { tenantId };
}

export async function listTenants(db: Database) {
  return db.admin((sql) =>
    sql.query<{ tenant_id: string; name: string; country: string | null; desks: number }>(
      `SELECT t.tenant_id, t.name, t.country, count(d.desk_id)::int8 AS desks
         FROM tenants t LEFT JOIN desks d ON d.tenant_id = t.tenant_id
        WHERE t.tenant_id <> '00000000-0000-0000-0000-000000000000'
        GROUP BY t.tenant_id ORDER BY t.name`,
    ),
  );
}

/** Adds a desk; the token is returned here once and never again (only its hash is kept). */
export async function addDesk(db: Database, tenantId: string, name: string) {
  const deskId = randomUUID();
  const { token, hash } = makeToken(tenantId, deskId);
  await db.admin(async (sql) => {
    const tenant = await sql.query('SELECT 1 FROM tenants WHERE tenant_id = $1', [tenantId]);
    if (tenant.length === 0) throw new Error(`No tenant ${tenantId}`);
    await sql.query(
      'INSERT INTO desks (tenant_id, desk_id, name, token_hash) VALUES ($1, $2, $3, $4)',
      [tenantId, deskId, name, hash],
    );
  });
  return { deskId, token };
}

export async function listDesks(db: Database, tenantId?: string): Promise<DeskListing[]> {
  const rows = await db.admin((sql) =>
    sql.query<{
      tenant_id: string;
      tenant_name: string;
      desk_id: string;
      name: string;
      created_at: Date;
      last_seen_at: Date | null;
      revoked_at: Date | null;
    }>(
      `SELECT d.tenant_id, t.name AS tenant_name, d.desk_id, d.name, d.created_at,
              d.last_seen_at, d.revoked_at
         FROM desks d JOIN tenants t ON t.tenant_id = d.tenant_id
        WHERE $1::uuid IS NULL OR d.tenant_id = $1::uuid
        ORDER BY t.name, d.name`,
      [tenantId ?? null],
    ),
  );
  return rows.map((r) => ({
    tenantId: r.tenant_id,
    tenantName: r.tenant_name,
    deskId: r.desk_id,
    deskName: r.name,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes a desk's token: its next request is refused (401, reason "revoked"). */
export async function revokeDesk(db: Database, deskId: string): Promise<boolean> {
  const rows = await db.admin((sql) =>
    sql.query(
      `UPDATE desks SET revoked_at = now() WHERE desk_id = $1 AND revoked_at IS NULL
       RETURNING 1`,
      [deskId],
    ),
  );
  return rows.length > 0;
}

/** A new token for a desk (the old one stops working); also lifts a revocation. */
export async function rotateDesk(db: Database, deskId: string) {
  return db.admin(async (sql) => {
    const rows = await sql.query<{ tenant_id: string }>(
      'SELECT tenant_id FROM desks WHERE desk_id = $1',
      [deskId],
    );
    const tenantId = rows[0]?.tenant_id;
    if (!tenantId) return null;
    const { token, hash } = makeToken(tenantId, deskId);
    await sql.query(
      `UPDATE desks SET token_hash = $3, rotated_at = now(), revoked_at = NULL
        WHERE tenant_id = $1 AND desk_id = $2`,
      [tenantId, deskId, hash],
    );
    return { token };
  });
}
