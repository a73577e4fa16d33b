-- Trainings: a centre's profile, sites, trainings and sessions are its organisation's (platform
-- editors write them in a transaction scoped to that organisation, after the route checked their
-- role); they are public once published, and readable by signed-in accounts (editors pick any).
-- The mallette is platform content like the fiches. Welcome kits stay with the employer; the
-- apprentice's link is read in a transaction scoped to the employer named in it, then the token checked.
GRANT SELECT, INSERT, UPDATE, DELETE ON training_centres, training_centre_sites, trainings,
  training_sessions, mallette_documents, welcome_kits, welcome_kit_files TO lien_app;
--> statement-breakpoint
ALTER TABLE training_centres ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_centres_read ON training_centres FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id() OR app_account_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY training_centres_write ON training_centres FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE training_centre_sites ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_centre_sites_read ON training_centre_sites FOR SELECT TO lien_app
  USING (EXISTS (SELECT 1 FROM training_centres c WHERE c.id = centre_id));
--> statement-breakpoint
CREATE POLICY training_centre_sites_write ON training_centre_sites FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE trainings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trainings_read ON trainings FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id() OR app_account_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY trainings_write ON trainings FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE training_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_sessions_read ON training_sessions FOR SELECT TO lien_app
  USING (EXISTS (SELECT 1 FROM trainings t WHERE t.id = training_id));
--> statement-breakpoint
CREATE POLICY training_sessions_write ON training_sessions FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE mallette_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mallette_documents_read ON mallette_documents FOR SELECT TO lien_app
  USING (published OR app_account_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY mallette_documents_write ON mallette_documents FOR ALL TO lien_app
  USING (app_account_id() IS NOT NULL) WITH CHECK (app_account_id() IS NOT NULL);
--> statement-breakpoint
ALTER TABLE welcome_kits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON welcome_kits TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE welcome_kit_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON welcome_kit_files TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
