-- Métiers: fiches, ROME and pay grids are platform content, public once published, written by the
-- editors (checked at the route). Offers are the employer's; published, filled and expired ones are
-- public. Applications and their history stay with the employer; a signed-in candidate reads their own.
GRANT SELECT, INSERT, UPDATE, DELETE ON rome_appellations, pay_grids, pay_grid_steps, job_profiles,
  job_portraits, employer_profiles, job_offers, job_applications, job_application_events,
  employer_answer_rates, candidate_profiles, saved_searches, campaign_pages TO lien_app;
--> statement-breakpoint
ALTER TABLE job_profiles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY job_profiles_read ON job_profiles FOR SELECT TO lien_app
  USING (published OR app_account_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY job_profiles_write ON job_profiles FOR ALL TO lien_app
  USING (app_account_id() IS NOT NULL) WITH CHECK (app_account_id() IS NOT NULL);
--> statement-breakpoint
ALTER TABLE employer_profiles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY employer_profiles_read ON employer_profiles FOR SELECT TO lien_app USING (true);
--> statement-breakpoint
CREATE POLICY employer_profiles_write ON employer_profiles FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE job_offers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY job_offers_read ON job_offers FOR SELECT TO lien_app
  USING (state IN ('publiee', 'pourvue', 'expiree') OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY job_offers_write ON job_offers FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE job_applications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY job_applications_employer ON job_applications TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY job_applications_candidate ON job_applications FOR SELECT TO lien_app
  USING (candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE job_application_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON job_application_events TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE employer_answer_rates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY employer_answer_rates_read ON employer_answer_rates FOR SELECT TO lien_app USING (true);
--> statement-breakpoint
CREATE POLICY employer_answer_rates_write ON employer_answer_rates FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE candidate_profiles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY own_profile ON candidate_profiles TO lien_app
  USING (account_id = app_account_id()) WITH CHECK (account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE saved_searches ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Saved searches of visitors without an account are reached only through their tokens, by the owner.
CREATE POLICY own_searches ON saved_searches TO lien_app
  USING (account_id IS NOT NULL AND account_id = app_account_id())
  WITH CHECK (account_id IS NOT NULL AND account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE campaign_pages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY campaign_pages_read ON campaign_pages FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY campaign_pages_write ON campaign_pages FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
