-- Apprenticeship matching. Seats are the employer's; published and filled ones are public. A request
-- belongs to its candidate; an active one is read, without identity, by organisations (employers look
-- for apprentices), and by an employer that has a contact on it. Matches, contacts and messages are
-- read by both sides: the seat's employer and the request's candidate. Match e-mails sent are the
-- mailing job's alone (no right for the application role).
GRANT SELECT, INSERT, UPDATE, DELETE ON apprenticeship_seats, apprenticeship_requests, apprenticeship_matches TO lien_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON apprenticeship_contacts TO lien_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON apprenticeship_messages TO lien_app;
--> statement-breakpoint
ALTER TABLE apprenticeship_seats ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY apprenticeship_seats_read ON apprenticeship_seats FOR SELECT TO lien_app
  USING (state IN ('publiee', 'pourvue') OR organisation_id = app_organisation_id());
--> statement-breakpoint
CREATE POLICY apprenticeship_seats_write ON apprenticeship_seats FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE apprenticeship_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY apprenticeship_contacts_sides ON apprenticeship_contacts TO lien_app
  USING (organisation_id = app_organisation_id() OR candidate_account_id = app_account_id())
  WITH CHECK (organisation_id = app_organisation_id() OR candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE apprenticeship_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY apprenticeship_requests_own ON apprenticeship_requests TO lien_app
  USING (candidate_account_id = app_account_id()) WITH CHECK (candidate_account_id = app_account_id());
--> statement-breakpoint
CREATE POLICY apprenticeship_requests_employers ON apprenticeship_requests FOR SELECT TO lien_app
  USING (
    (state = 'active' AND app_organisation_id() IS NOT NULL)
    OR EXISTS (SELECT 1 FROM apprenticeship_contacts c
               WHERE c.request_id = apprenticeship_requests.id AND c.organisation_id = app_organisation_id())
  );
--> statement-breakpoint
ALTER TABLE apprenticeship_matches ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY apprenticeship_matches_sides ON apprenticeship_matches TO lien_app
  USING (organisation_id = app_organisation_id() OR candidate_account_id = app_account_id())
  WITH CHECK (organisation_id = app_organisation_id() OR candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE apprenticeship_messages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY apprenticeship_messages_sides ON apprenticeship_messages TO lien_app
  USING (organisation_id = app_organisation_id() OR candidate_account_id = app_account_id())
  WITH CHECK (organisation_id = app_organisation_id() OR candidate_account_id = app_account_id());
--> statement-breakpoint
ALTER TABLE apprenticeship_match_mails ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The candidate's identity, for the seat's employer once a contact is accepted (or closed after it):
-- the employer cannot read candidates' profiles or accounts.
CREATE OR REPLACE FUNCTION apprenticeship_contact_identity(p_contact_id uuid)
  RETURNS TABLE (first_name text, last_name text, email text, phone text) LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(p.first_name, ''), coalesce(p.last_name, ''), a.email, p.phone
    FROM apprenticeship_contacts c
      JOIN accounts a ON a.id = c.candidate_account_id
      LEFT JOIN candidate_profiles p ON p.account_id = c.candidate_account_id
    WHERE c.id = p_contact_id AND c.organisation_id = app_organisation_id()
      AND (c.state = 'acceptee' OR (c.state = 'close' AND c.answered_at IS NOT NULL))
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION apprenticeship_contact_identity(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION apprenticeship_contact_identity(uuid) TO lien_app;
--> statement-breakpoint
-- Where to send the notice of a contact request or of a new message: the other side's addresses
-- (the candidate's account, or the employer's active recruiters and administrators). Used for
-- e-mails only, never shown.
CREATE OR REPLACE FUNCTION apprenticeship_contact_recipients(p_contact_id uuid) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.email FROM apprenticeship_contacts c
      JOIN accounts a ON a.id = c.candidate_account_id AND a.disabled_at IS NULL
    WHERE c.id = p_contact_id AND c.organisation_id = app_organisation_id()
    UNION
    SELECT a.email FROM apprenticeship_contacts c
      JOIN memberships m ON m.organisation_id = c.organisation_id AND m.active
        AND m.roles && ARRAY['recruteur', 'administrateur']::text[]
      JOIN accounts a ON a.id = m.account_id AND a.disabled_at IS NULL
    WHERE c.id = p_contact_id AND c.candidate_account_id = app_account_id()
    ORDER BY 1
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION apprenticeship_contact_recipients(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION apprenticeship_contact_recipients(uuid) TO lien_app;
