-- Events: the organiser's rows; published events are public. Registrations stay with the organiser;
-- a signed-in candidate reads their own.
GRANT SELECT, INSERT, UPDATE, DELETE ON metiers_events, event_registrations TO lien_app;
--> statement-breakpoint
ALTER TABLE metiers_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY metiers_events_read ON metiers_events FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY metiers_events_write ON metiers_events FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE event_registrations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY event_registrations_organiser ON event_registrations TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY event_registrations_candidate ON event_registrations FOR SELECT TO lien_app
  USING (candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id());
