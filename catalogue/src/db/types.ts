// The one small interface the catalogue uses for its database, implemented on PGlite (embedded,
// no set-up) and on PostgreSQL (pg). Every statement runs in a transaction opened by one of two
// doors: `tenant` (the app role, the tenant set, row-level security in force) or `admin`.
export type Row = Record<string, unknown>;

/**
 * A statement that runs on every request of a hot path (the push): PostgreSQL prepares it once
 * per connection under its name and reuses the plan, instead of planning it again each time.
 */
export interface NamedStatement {
  name: string;
  text: string;
}

export interface Sql {
  /** One statement with $1… parameters; returns its rows. */
  query<R = Row>(statement: string | NamedStatement, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (a migration file). */
  exec(text: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  /**
   * A transaction as the app role with `app.tenant_id` set to the tenant (null: public reads
   * only). Rolled back if `work` throws.
   */
  tenant<T>(tenantId: string | null, work: (sql: Sql) => Promise<T>): Promise<T>;
  /** A transaction as the tables' owner with `app.admin` on: migrations, the CLI, seeds. */
  admin<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The statements that open a tenant transaction. The id goes into the SQL text (SET takes no
 * parameters, and one round trip is cheaper than two), so it must be a UUID and nothing else.
 */
export function tenantPrelude(tenantId: string | null): string {
  if (tenantId !== null && !UUID.test(tenantId)) throw new Error('tenant id is not a UUID');
  return `SET LOCAL app.tenant_id = '${tenantId ?? ''}'`;
}

export const ADMIN_PRELUDE = "SET LOCAL app.admin = 'on'";
