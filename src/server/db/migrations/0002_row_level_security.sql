-- RLS is enabled, not forced: the owner (migrations, jobs, the identity store) is trusted;
-- every request runs as lien_app, to which the policies apply.
-- Tenant settings of the current transaction, set by the server for each request.
CREATE OR REPLACE FUNCTION app_organisation_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_account_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.account_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_platform_admin() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('app.platform_admin', true), 'off') = 'on' $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_organisation_id(), app_account_id(), app_platform_admin() TO lien_app;
--> statement-breakpoint

-- Organisations: their identity is public (name, kind, SIRET); changes are the tenant's or the platform's.
GRANT SELECT, INSERT, UPDATE ON organisations TO lien_app;
--> statement-breakpoint
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organisations_read ON organisations FOR SELECT TO lien_app USING (true);
--> statement-breakpoint
CREATE POLICY organisations_create ON organisations FOR INSERT TO lien_app WITH CHECK (app_platform_admin());
--> statement-breakpoint
CREATE POLICY organisations_update ON organisations FOR UPDATE TO lien_app
  USING (id = app_organisation_id() OR app_platform_admin())
  WITH CHECK (id = app_organisation_id() OR app_platform_admin());
--> statement-breakpoint

-- Tenant tables: a row is visible and writable only inside its organisation.
GRANT SELECT, INSERT, UPDATE, DELETE ON services, memberships, membership_services, invitations TO lien_app;
--> statement-breakpoint
ALTER TABLE services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON services TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON memberships TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
-- A person may list their own memberships in every organisation, to choose where to work.
CREATE POLICY own_memberships ON memberships FOR SELECT TO lien_app USING (account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE membership_services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON membership_services TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON invitations TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint

-- Accounts: the identity store (sign-in, sessions, resets) works as the owner. Under the
-- application role an account is visible to itself and to the organisations it belongs to.
GRANT SELECT, UPDATE ON accounts TO lien_app;
--> statement-breakpoint
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY accounts_visible ON accounts FOR SELECT TO lien_app USING (
  id = app_account_id() OR app_platform_admin() OR EXISTS (
    SELECT 1 FROM memberships m WHERE m.account_id = accounts.id AND m.organisation_id = app_organisation_id()
  )
);
--> statement-breakpoint
CREATE POLICY accounts_self_update ON accounts FOR UPDATE TO lien_app
  USING (id = app_account_id()) WITH CHECK (id = app_account_id());
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint

-- The audit log is append-only for the application: no UPDATE, no DELETE grant.
GRANT SELECT, INSERT ON audit_log TO lien_app;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_read ON audit_log FOR SELECT TO lien_app USING (
  organisation_id = app_organisation_id() OR (organisation_id IS NULL AND app_platform_admin())
);
--> statement-breakpoint
CREATE POLICY audit_append ON audit_log FOR INSERT TO lien_app WITH CHECK (
  organisation_id IS NULL OR organisation_id = app_organisation_id()
);
