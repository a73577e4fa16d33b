-- Fiche views: an anonymous counter any visitor's request increments; not a secret, never a person.
GRANT SELECT, INSERT, UPDATE ON job_profile_views TO lien_app;
--> statement-breakpoint
-- The portal's settings: read by every request (the contact form needs its organisation), written by
-- the platform administrator alone.
GRANT SELECT, INSERT, UPDATE ON metiers_platform_settings TO lien_app;
--> statement-breakpoint
ALTER TABLE metiers_platform_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY metiers_platform_settings_read ON metiers_platform_settings FOR SELECT TO lien_app USING (true);
--> statement-breakpoint
CREATE POLICY metiers_platform_settings_insert ON metiers_platform_settings FOR INSERT TO lien_app
  WITH CHECK (app_platform_admin());
--> statement-breakpoint
CREATE POLICY metiers_platform_settings_update ON metiers_platform_settings FOR UPDATE TO lien_app
  USING (app_platform_admin()) WITH CHECK (app_platform_admin());
