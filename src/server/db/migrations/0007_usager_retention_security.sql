-- Retention reviews: tenant isolation like every usagers table.
GRANT SELECT, INSERT, UPDATE, DELETE ON usager_retention_reviews TO lien_app;
--> statement-breakpoint
ALTER TABLE usager_retention_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON usager_retention_reviews TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
-- A merge and an anonymisation act on every note of a file, including notes the acting agent may
-- not read (another team's, another author's private ones). These two functions are the only way
-- the application role reaches them: inside its own organisation, never revealing their content.
CREATE OR REPLACE FUNCTION usager_notes_move(kept uuid, absorbed uuid) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = public
  AS $$
    WITH moved AS (
      UPDATE usager_notes n SET usager_id = kept
      WHERE n.usager_id = absorbed AND n.organisation_id = app_organisation_id()
        AND EXISTS (SELECT 1 FROM usagers u WHERE u.id = kept AND u.organisation_id = app_organisation_id())
      RETURNING 1)
    SELECT count(*)::int FROM moved
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION usager_notes_erase(usager uuid) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = public
  AS $$
    WITH gone AS (
      DELETE FROM usager_notes n WHERE n.usager_id = usager AND n.organisation_id = app_organisation_id()
      RETURNING 1)
    SELECT count(*)::int FROM gone
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION usager_notes_move(uuid, uuid), usager_notes_erase(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION usager_notes_move(uuid, uuid), usager_notes_erase(uuid) TO lien_app;
