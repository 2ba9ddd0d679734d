-- The catalogue's tables (docs/catalogue.md). Every table that holds a municipality's data has
-- tenant_id first in its key, so that a distributed PostgreSQL (Citus) can shard by tenant, and
-- row-level security (forced, so it binds the tables' owner too) keeps each tenant to its rows.

-- The role the server connects as (DATABASE_URL). A database administrator creates it with
-- LOGIN before the first start (README "Run the catalogue"); the embedded database makes it here.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tulay_app') THEN
    CREATE ROLE tulay_app NOLOGIN;
  END IF;
END $$;

-- The tenant a transaction works for, set by the server from the desk's token (SET LOCAL).
CREATE FUNCTION tulay_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

-- Administration (migrations, the CLI, the seed loader) runs as the owner with app.admin on.
CREATE FUNCTION tulay_admin() RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('app.admin', true), '') = 'on' $$;

CREATE TABLE tenants (
  tenant_id uuid PRIMARY KEY,
  name text NOT NULL,
  country text,
  -- The last sequence number handed out. Locked by every push (SELECT ... FOR UPDATE), so the
  -- order of seq is the order of commits and a pull cursor never skips a row.
  seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE desks (
  tenant_id uuid NOT NULL REFERENCES tenants,
  desk_id uuid NOT NULL,
  name text NOT NULL,
  -- SHA-256 of the token's 256-bit secret: the token itself is never stored.
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  rotated_at timestamptz,
  revoked_at timestamptz,
  last_seen_at timestamptz,
  PRIMARY KEY (tenant_id, desk_id)
);

-- The current state of every record the desks pushed: its fields, and per field the change
-- that last wrote it ([seq, desk, ms]), which is what makes a conflict detectable.
CREATE TABLE records (
  tenant_id uuid NOT NULL REFERENCES tenants,
  table_name text NOT NULL,
  id uuid NOT NULL,
  seq bigint NOT NULL,
  fields jsonb NOT NULL,
  changes jsonb NOT NULL,
  PRIMARY KEY (tenant_id, table_name, id)
);
CREATE UNIQUE INDEX records_tenant_seq ON records (tenant_id, seq);

-- Every mutation applied, with the answer given: a replay is recognised and answered the same.
CREATE TABLE applied_mutations (
  tenant_id uuid NOT NULL REFERENCES tenants,
  desk_id uuid NOT NULL,
  mutation_id text NOT NULL,
  result jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, desk_id, mutation_id)
);

-- The values that lost to a later change of the same field, for a person to review.
CREATE TABLE conflicts (
  tenant_id uuid NOT NULL REFERENCES tenants,
  conflict_id uuid NOT NULL,
  table_name text NOT NULL,
  record_id uuid NOT NULL,
  field text NOT NULL,
  stored_value jsonb,
  other_value jsonb,
  stored_desk_id uuid NOT NULL,
  other_desk_id uuid NOT NULL,
  other_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  resolved_by uuid,
  seq bigint NOT NULL,
  PRIMARY KEY (tenant_id, conflict_id)
);
CREATE INDEX conflicts_tenant_seq ON conflicts (tenant_id, seq);

-- The public catalogue's own sequence, shared by all tenants: one cursor follows the catalogue.
CREATE TABLE catalogue_state (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL
);
INSERT INTO catalogue_state (id, seq) VALUES (1, 0);

-- Commitments, shared stakeholders and published indicators. data is null once withdrawn.
CREATE TABLE catalogue_entries (
  tenant_id uuid NOT NULL REFERENCES tenants,
  kind text NOT NULL CHECK (kind IN ('commitment', 'stakeholder', 'indicators')),
  id text NOT NULL,
  data jsonb,
  publisher_name text NOT NULL,
  publisher_country text,
  seq bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, kind, id)
);
CREATE INDEX catalogue_entries_seq ON catalogue_entries (seq);
CREATE INDEX catalogue_entries_kind_id ON catalogue_entries (kind, id);

-- The tenant that holds the seed entries (they belong to no municipality).
INSERT INTO tenants (tenant_id, name) VALUES ('00000000-0000-0000-0000-000000000000', 'Seed entries');

-- Row-level security: forced, so that even the tables' owner sees only what a policy allows.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
ALTER TABLE desks ENABLE ROW LEVEL SECURITY;
ALTER TABLE desks FORCE ROW LEVEL SECURITY;
ALTER TABLE records ENABLE ROW LEVEL SECURITY;
ALTER TABLE records FORCE ROW LEVEL SECURITY;
ALTER TABLE applied_mutations ENABLE ROW LEVEL SECURITY;
ALTER TABLE applied_mutations FORCE ROW LEVEL SECURITY;
ALTER TABLE conflicts ENABLE ROW LEVEL SECURITY;
ALTER TABLE conflicts FORCE ROW LEVEL SECURITY;
ALTER TABLE catalogue_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalogue_entries FORCE ROW LEVEL SECURITY;

CREATE POLICY tenant_rows ON tenants USING (tenant_id = tulay_tenant());
CREATE POLICY tenant_rows ON desks USING (tenant_id = tulay_tenant());
CREATE POLICY tenant_rows ON records USING (tenant_id = tulay_tenant());
CREATE POLICY tenant_rows ON applied_mutations USING (tenant_id = tulay_tenant());
CREATE POLICY tenant_rows ON conflicts USING (tenant_id = tulay_tenant());
-- The catalogue is public to read; a tenant writes only its own entries.
CREATE POLICY public_read ON catalogue_entries FOR SELECT USING (true);
CREATE POLICY tenant_insert ON catalogue_entries FOR INSERT WITH CHECK (tenant_id = tulay_tenant());
CREATE POLICY tenant_update ON catalogue_entries FOR UPDATE USING (tenant_id = tulay_tenant());

-- The owner running this migration administers every tenant, but only with app.admin on: the
-- server's requests never set it, so a query bug there still cannot cross tenants.
CREATE POLICY admin_rows ON tenants TO CURRENT_USER USING (tulay_admin());
CREATE POLICY admin_rows ON desks TO CURRENT_USER USING (tulay_admin());
CREATE POLICY admin_rows ON records TO CURRENT_USER USING (tulay_admin());
CREATE POLICY admin_rows ON applied_mutations TO CURRENT_USER USING (tulay_admin());
CREATE POLICY admin_rows ON conflicts TO CURRENT_USER USING (tulay_admin());
CREATE POLICY admin_rows ON catalogue_entries TO CURRENT_USER USING (tulay_admin());

-- What the server may do: read and add, never delete (a record is a tombstone, not a gap).
GRANT SELECT, UPDATE (seq) ON tenants TO tulay_app;
GRANT SELECT, UPDATE (last_seen_at) ON desks TO tulay_app;
GRANT SELECT, INSERT, UPDATE ON records, applied_mutations, conflicts, catalogue_entries TO tulay_app;
GRANT SELECT, UPDATE ON catalogue_state TO tulay_app;
GRANT EXECUTE ON FUNCTION tulay_tenant(), tulay_admin() TO tulay_app;
