-- Agrément of assistants familiaux: everything belongs to the département that instructs the file.
-- Information meetings are public once published (without their visio link, which the service
-- gives only to the people registered). A signed-in candidate reads their own files, their steps,
-- registrations and training hours, never writes them. Steps and training hours are only added:
-- the history of a file is never rewritten.
GRANT SELECT, INSERT, UPDATE ON agrement_meetings, agrement_applications, agrement_meeting_registrations TO lien_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON agrement_steps, agrement_training_sessions TO lien_app;
--> statement-breakpoint
ALTER TABLE agrement_meetings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agrement_meetings_read ON agrement_meetings FOR SELECT TO lien_app
  USING ((published AND cancelled_at IS NULL) OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY agrement_meetings_write ON agrement_meetings FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE agrement_applications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agrement_applications_departement ON agrement_applications TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY agrement_applications_candidate ON agrement_applications FOR SELECT TO lien_app
  USING (candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE agrement_steps ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agrement_steps_departement ON agrement_steps TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY agrement_steps_candidate ON agrement_steps FOR SELECT TO lien_app
  USING (application_id IN (SELECT id FROM agrement_applications
    WHERE candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id()));
--> statement-breakpoint
ALTER TABLE agrement_meeting_registrations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agrement_registrations_departement ON agrement_meeting_registrations TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY agrement_registrations_candidate ON agrement_meeting_registrations FOR SELECT TO lien_app
  USING (candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE agrement_training_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agrement_training_departement ON agrement_training_sessions TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY agrement_training_candidate ON agrement_training_sessions FOR SELECT TO lien_app
  USING (application_id IN (SELECT id FROM agrement_applications
    WHERE candidate_account_id IS NOT NULL AND candidate_account_id = app_account_id()));
--> statement-breakpoint
-- A signed-in candidate's files opened with their address (at a meeting, by letter) before they had
-- an account: linked to the account on its first visit to its space, and only those.
CREATE OR REPLACE FUNCTION agrement_claim_applications()
  RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
    WITH me AS (SELECT id, email FROM accounts WHERE id = app_account_id()),
    claimed AS (
      UPDATE agrement_applications a SET candidate_account_id = me.id, updated_at = now()
      FROM me
      WHERE a.candidate_account_id IS NULL AND lower(a.email) = lower(me.email)
      RETURNING a.id
    ),
    registrations AS (
      UPDATE agrement_meeting_registrations r SET candidate_account_id = me.id
      FROM me, claimed
      WHERE r.application_id = claimed.id AND r.candidate_account_id IS NULL
      RETURNING r.id
    )
    SELECT count(*)::integer FROM claimed
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION agrement_claim_applications() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION agrement_claim_applications() TO lien_app;
