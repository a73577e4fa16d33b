-- Update campaigns belong to the organisation that keeps the directory.
GRANT SELECT, INSERT ON directory_update_campaigns TO lien_app;
--> statement-breakpoint
ALTER TABLE directory_update_campaigns ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON directory_update_campaigns TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
-- A published version of the charter is never rewritten nor removed: the keeper publishes a new one.
REVOKE UPDATE, DELETE ON network_charters FROM lien_app;
--> statement-breakpoint
-- A signature is a fact: neither the keeper nor the partner rewrites it.
REVOKE UPDATE ON charter_signatures FROM lien_app;
--> statement-breakpoint
-- The places taken at a meeting: every registered structure's participants, which a partner could not
-- count itself (it sees only its own invitations). Answered only to the keeper or an invited partner.
CREATE OR REPLACE FUNCTION network_meeting_places_taken(meeting uuid)
  RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT coalesce(sum(i.participants), 0)::int FROM meeting_invitations i
    WHERE i.meeting_id = meeting AND i.response = 'inscrite'
      AND EXISTS (
        SELECT 1 FROM network_meetings m WHERE m.id = meeting
          AND (m.organisation_id = app_organisation_id()
            OR EXISTS (
              SELECT 1 FROM meeting_invitations mine
              JOIN directory_structures s ON s.id = mine.structure_id
              WHERE mine.meeting_id = meeting AND s.partner_organisation_id = app_organisation_id()
            ))
      )
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION network_meeting_places_taken(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION network_meeting_places_taken(uuid) TO lien_app;
--> statement-breakpoint
-- Whom to write to about structures of the caller's directory (reminders, invitations): the active
-- members of the structure's partner organisation, or the structure's own address when it has none.
-- The keeper cannot read another organisation's members; it gets addresses, for its own entries only.
CREATE OR REPLACE FUNCTION network_structure_recipients(structures uuid[])
  RETURNS TABLE (structure_id uuid, email text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH mine AS (
      SELECT s.id, s.partner_organisation_id, s.email FROM directory_structures s
      WHERE s.id = ANY (structures) AND s.organisation_id = app_organisation_id()
    ),
    members AS (
      SELECT DISTINCT x.id AS structure_id, a.email FROM mine x
      JOIN memberships m ON m.organisation_id = x.partner_organisation_id AND m.active
      JOIN accounts a ON a.id = m.account_id AND a.disabled_at IS NULL
    )
    SELECT structure_id, email FROM members
    UNION
    SELECT x.id, x.email FROM mine x
    WHERE coalesce(x.email, '') <> '' AND NOT EXISTS (SELECT 1 FROM members y WHERE y.structure_id = x.id)
    ORDER BY 1, 2
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION network_structure_recipients(uuid[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION network_structure_recipients(uuid[]) TO lien_app;
