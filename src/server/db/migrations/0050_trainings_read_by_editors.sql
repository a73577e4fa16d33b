-- A training centre's profile and its trainings are public once published; before that, only the
-- centre itself and the platform's content editors (who keep every centre's catalogue) read them,
-- not every signed-in account.
DROP POLICY training_centres_read ON training_centres;
--> statement-breakpoint
CREATE POLICY training_centres_read ON training_centres FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id() OR app_content_editor());
--> statement-breakpoint
DROP POLICY trainings_read ON trainings;
--> statement-breakpoint
CREATE POLICY trainings_read ON trainings FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id() OR app_content_editor());
