-- Domiciliation: tenant isolation on every table; the decision chain and the record of contacts
-- cannot be rewritten by the application.
GRANT SELECT, INSERT, UPDATE, DELETE ON domiciliation_settings, domiciliations, domiciliation_requests,
  domiciliation_proxies, mail_items, domiciliation_report_answers TO lien_app;
--> statement-breakpoint
-- A decision is never rewritten nor deleted: only its cancellation (with its trace) may be set.
GRANT SELECT, INSERT ON domiciliation_decisions TO lien_app;
--> statement-breakpoint
GRANT UPDATE (cancelled_at, cancelled_by, cancel_reason) ON domiciliation_decisions TO lien_app;
--> statement-breakpoint
-- The record of contacts (CASF D264-3) and the notices sent are append-only.
GRANT SELECT, INSERT ON domiciliation_contacts, domiciliation_notices TO lien_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['domiciliation_settings', 'domiciliations', 'domiciliation_requests',
    'domiciliation_decisions', 'domiciliation_proxies', 'mail_items', 'domiciliation_contacts',
    'domiciliation_report_answers', 'domiciliation_notices']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO lien_app USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END $$;
