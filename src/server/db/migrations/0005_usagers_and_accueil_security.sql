-- Usagers and accueil: tenant isolation on every table, and notes visible only inside their team.
GRANT SELECT, INSERT, UPDATE, DELETE ON usagers, household_members, usager_notes, usager_documents,
  usager_merges, usager_settings, announced_delays, request_counters, requests, request_answers,
  request_orientations, request_events TO lien_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['usagers', 'household_members', 'usager_documents', 'usager_merges',
    'usager_settings', 'announced_delays', 'request_counters', 'requests', 'request_answers',
    'request_orientations', 'request_events']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO lien_app USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- The services of the signed-in agent in the current organisation.
CREATE OR REPLACE FUNCTION app_service_ids() RETURNS uuid[] LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(array_agg(ms.service_id), '{}')
    FROM membership_services ms JOIN memberships m ON m.id = ms.membership_id
    WHERE m.account_id = app_account_id() AND m.organisation_id = app_organisation_id()
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_service_ids() TO lien_app;
--> statement-breakpoint
-- The shared professional secret stays in the team: a note is read by its author, by the members
-- of its service, or by the whole organisation when it names no service; a private note by its
-- author alone. Nothing else, whatever the application asks.
ALTER TABLE usager_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notes_read ON usager_notes FOR SELECT TO lien_app USING (
  organisation_id = app_organisation_id() AND (
    author_id = app_account_id()
    OR (NOT private_to_author AND (service_id IS NULL OR service_id = ANY (app_service_ids())))
  )
);
--> statement-breakpoint
CREATE POLICY notes_write ON usager_notes FOR INSERT TO lien_app WITH CHECK (
  organisation_id = app_organisation_id() AND author_id = app_account_id()
);
--> statement-breakpoint
CREATE POLICY notes_own_update ON usager_notes FOR UPDATE TO lien_app
  USING (organisation_id = app_organisation_id() AND author_id = app_account_id())
  WITH CHECK (organisation_id = app_organisation_id() AND author_id = app_account_id());
--> statement-breakpoint
-- Deleting a usager cascades to its notes: anonymisation runs under the organisation, not the author.
CREATE POLICY notes_cascade_delete ON usager_notes FOR DELETE TO lien_app USING (organisation_id = app_organisation_id());
