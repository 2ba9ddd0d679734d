-- Case reference prefixes (LGA-2026-000123): each desk of a municipality numbers its cases under
-- a prefix no other desk of the municipality holds, so references stay unique when the desks'
-- records meet. A prefix, once claimed, stays with its desk even after the desk moves to another
-- one: cases already carry it (docs/catalogue.md, "Reference prefixes").
CREATE TABLE desk_prefixes (
  tenant_id uuid NOT NULL REFERENCES tenants,
  prefix text NOT NULL CHECK (prefix ~ '^[A-Z]{2,5}$'),
  desk_id uuid NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, prefix),
  FOREIGN KEY (tenant_id, desk_id) REFERENCES desks (tenant_id, desk_id)
);

ALTER TABLE desk_prefixes ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk_prefixes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON desk_prefixes USING (tenant_id = tulay_tenant());
CREATE POLICY admin_rows ON desk_prefixes TO CURRENT_USER USING (tulay_admin());

-- Read and add only: a prefix is never handed back by the server itself.
GRANT SELECT, INSERT ON desk_prefixes TO tulay_app;
