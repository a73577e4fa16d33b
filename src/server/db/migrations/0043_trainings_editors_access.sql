-- Platform editors keep every centre's catalogue (platform content, like the fiches) and the
-- mallette: the database checks the role itself, in the caller's current organisation.
CREATE OR REPLACE FUNCTION app_content_editor() RETURNS boolean LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM memberships m
      WHERE m.account_id = app_account_id() AND m.organisation_id = app_organisation_id()
        AND m.active AND 'editeur' = ANY (m.roles)
    )
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_content_editor() TO lien_app;
--> statement-breakpoint
DROP POLICY training_centres_write ON training_centres;
--> statement-breakpoint
CREATE POLICY training_centres_write ON training_centres FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id() OR app_content_editor())
  WITH CHECK (organisation_id = app_organisation_id() OR app_content_editor());
--> statement-breakpoint
DROP POLICY training_centre_sites_write ON training_centre_sites;
--> statement-breakpoint
CREATE POLICY training_centre_sites_write ON training_centre_sites FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id() OR app_content_editor())
  WITH CHECK (organisation_id = app_organisation_id() OR app_content_editor());
--> statement-breakpoint
DROP POLICY trainings_write ON trainings;
--> statement-breakpoint
CREATE POLICY trainings_write ON trainings FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id() OR app_content_editor())
  WITH CHECK (organisation_id = app_organisation_id() OR app_content_editor());
--> statement-breakpoint
DROP POLICY training_sessions_write ON training_sessions;
--> statement-breakpoint
CREATE POLICY training_sessions_write ON training_sessions FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id() OR app_content_editor())
  WITH CHECK (organisation_id = app_organisation_id() OR app_content_editor());
--> statement-breakpoint
DROP POLICY mallette_documents_write ON mallette_documents;
--> statement-breakpoint
CREATE POLICY mallette_documents_write ON mallette_documents FOR ALL TO lien_app
  USING (app_content_editor()) WITH CHECK (app_content_editor());
