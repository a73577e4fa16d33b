-- Ambassadors: each profile belongs to its own account; public once an editor validated it. Members
-- of an organisation read and review profiles (the route checks the editor role). Modules are
-- platform content written by editors. Bookings are read by the ambassador they ask and by the
-- signed-in candidate who made them; anyone may file one (the public form). Fiche reads and
-- discovery paths belong to the candidate's account alone.
GRANT SELECT, INSERT, UPDATE, DELETE ON ambassadors, ambassador_modules, ambassador_module_completions,
  ambassador_bookings, candidate_fiche_reads, discovery_path_jobs TO lien_app;
--> statement-breakpoint
ALTER TABLE ambassadors ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ambassadors_read ON ambassadors FOR SELECT TO lien_app
  USING (review_state = 'publie' OR account_id = app_account_id() OR app_organisation_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY ambassadors_own ON ambassadors FOR ALL TO lien_app
  USING (account_id = app_account_id()) WITH CHECK (account_id = app_account_id());
--> statement-breakpoint
CREATE POLICY ambassadors_review ON ambassadors FOR UPDATE TO lien_app
  USING (app_organisation_id() IS NOT NULL) WITH CHECK (app_organisation_id() IS NOT NULL);
--> statement-breakpoint
ALTER TABLE ambassador_modules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ambassador_modules_read ON ambassador_modules FOR SELECT TO lien_app
  USING (published OR app_organisation_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY ambassador_modules_write ON ambassador_modules FOR ALL TO lien_app
  USING (app_organisation_id() IS NOT NULL) WITH CHECK (app_organisation_id() IS NOT NULL);
--> statement-breakpoint
ALTER TABLE ambassador_module_completions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ambassador_module_completions_own ON ambassador_module_completions TO lien_app
  USING (ambassador_id IN (SELECT id FROM ambassadors WHERE account_id = app_account_id()))
  WITH CHECK (ambassador_id IN (SELECT id FROM ambassadors WHERE account_id = app_account_id()));
--> statement-breakpoint
CREATE POLICY ambassador_module_completions_review ON ambassador_module_completions FOR SELECT TO lien_app
  USING (app_organisation_id() IS NOT NULL);
--> statement-breakpoint
ALTER TABLE ambassador_bookings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ambassador_bookings_file ON ambassador_bookings FOR INSERT TO lien_app
  WITH CHECK (candidate_account_id IS NULL OR candidate_account_id = app_account_id());
--> statement-breakpoint
CREATE POLICY ambassador_bookings_ambassador ON ambassador_bookings TO lien_app
  USING (ambassador_id IN (SELECT id FROM ambassadors WHERE account_id = app_account_id()))
  WITH CHECK (ambassador_id IN (SELECT id FROM ambassadors WHERE account_id = app_account_id()));
--> statement-breakpoint
CREATE POLICY ambassador_bookings_candidate ON ambassador_bookings TO lien_app
  USING (candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id())
  WITH CHECK (candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE candidate_fiche_reads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_fiche_reads ON candidate_fiche_reads TO lien_app
  USING (candidate_account_id = app_account_id()) WITH CHECK (candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE discovery_path_jobs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_discovery_path ON discovery_path_jobs TO lien_app
  USING (candidate_account_id = app_account_id()) WITH CHECK (candidate_account_id = app_account_id());
