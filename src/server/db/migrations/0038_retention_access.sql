-- Reasons to stay: Point de chute places and living places (housing, childcare) are public once
-- published and written by their organisation; listening slots are readable while active (the
-- public books a callback on them); callbacks carry personal data and stay with the organisation.
GRANT SELECT, INSERT, UPDATE, DELETE ON point_de_chute_places, living_places, listening_slots,
  listening_callbacks TO lien_app;
--> statement-breakpoint
ALTER TABLE point_de_chute_places ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY point_de_chute_places_read ON point_de_chute_places FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY point_de_chute_places_write ON point_de_chute_places FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE living_places ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY living_places_read ON living_places FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY living_places_write ON living_places FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE listening_slots ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY listening_slots_read ON listening_slots FOR SELECT TO lien_app
  USING (active OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY listening_slots_write ON listening_slots FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE listening_callbacks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON listening_callbacks TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
