-- Immersions: offers are the employer's; published ones are public. Requests and their conventions
-- stay with the employer; a signed-in candidate reads their own (they write them through routes that
-- work in the employer's tenant, found from the published offer).
GRANT SELECT, INSERT, UPDATE, DELETE ON immersion_offers, immersion_requests, immersion_conventions TO lien_app;
--> statement-breakpoint
ALTER TABLE immersion_offers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY immersion_offers_read ON immersion_offers FOR SELECT TO lien_app
  USING (published OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY immersion_offers_write ON immersion_offers FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE immersion_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY immersion_requests_employer ON immersion_requests TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY immersion_requests_candidate ON immersion_requests FOR SELECT TO lien_app
  USING (candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE immersion_conventions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY immersion_conventions_employer ON immersion_conventions TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY immersion_conventions_candidate ON immersion_conventions FOR SELECT TO lien_app
  USING (EXISTS (SELECT 1 FROM immersion_requests r WHERE r.id = request_id
    AND r.candidate_account_id IS NOT NULL AND r.candidate_account_id = app_account_id()));
