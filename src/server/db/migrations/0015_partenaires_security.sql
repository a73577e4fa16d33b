-- Partenaires: the directory is public information, read by every organisation and by the public
-- pages; only the organisation that keeps it writes it. Partners propose changes, read and answer
-- the orientations sent to them, and take part in the network of the organisation that keeps their entry.
GRANT SELECT, INSERT, UPDATE, DELETE ON directory_structures, directory_places, directory_services,
  directory_changes, directory_imports, referrals, network_charters, charter_signatures,
  network_meetings, meeting_invitations TO lien_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON geocode_cache TO lien_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['directory_structures', 'directory_places', 'directory_services']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY directory_read ON %I FOR SELECT TO lien_app USING (true)', t);
    EXECUTE format('CREATE POLICY directory_insert ON %I FOR INSERT TO lien_app WITH CHECK (organisation_id = app_organisation_id())', t);
    EXECUTE format('CREATE POLICY directory_update ON %I FOR UPDATE TO lien_app USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())', t);
    EXECUTE format('CREATE POLICY directory_delete ON %I FOR DELETE TO lien_app USING (organisation_id = app_organisation_id())', t);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE directory_imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON directory_imports TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE directory_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY keeper_or_submitter ON directory_changes TO lien_app
  USING (organisation_id = app_organisation_id() OR submitted_by_organisation_id = app_organisation_id())
  WITH CHECK (organisation_id = app_organisation_id() OR submitted_by_organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sender_or_partner ON referrals TO lien_app
  USING (organisation_id = app_organisation_id() OR partner_organisation_id = app_organisation_id())
  WITH CHECK (organisation_id = app_organisation_id() OR partner_organisation_id = app_organisation_id());
--> statement-breakpoint
-- The organisations whose directory lists the caller's organisation as the partner of a structure.
CREATE OR REPLACE FUNCTION app_network_keeper_ids() RETURNS uuid[] LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(array_agg(DISTINCT s.organisation_id), '{}')
    FROM directory_structures s WHERE s.partner_organisation_id = app_organisation_id()
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_network_keeper_ids() TO lien_app;
--> statement-breakpoint
-- The structures the caller's organisation answers for.
CREATE OR REPLACE FUNCTION app_partner_structure_ids() RETURNS uuid[] LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(array_agg(s.id), '{}')
    FROM directory_structures s WHERE s.partner_organisation_id = app_organisation_id()
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_partner_structure_ids() TO lien_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['network_charters', 'network_meetings']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY network_read ON %I FOR SELECT TO lien_app USING (organisation_id = app_organisation_id() OR organisation_id = ANY (app_network_keeper_ids()))', t);
    EXECUTE format('CREATE POLICY keeper_write ON %I FOR INSERT TO lien_app WITH CHECK (organisation_id = app_organisation_id())', t);
    EXECUTE format('CREATE POLICY keeper_update ON %I FOR UPDATE TO lien_app USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id())', t);
    EXECUTE format('CREATE POLICY keeper_delete ON %I FOR DELETE TO lien_app USING (organisation_id = app_organisation_id())', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['charter_signatures', 'meeting_invitations']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY keeper_or_partner ON %I TO lien_app USING (organisation_id = app_organisation_id() OR structure_id = ANY (app_partner_structure_ids())) WITH CHECK (organisation_id = app_organisation_id() OR structure_id = ANY (app_partner_structure_ids()))', t);
  END LOOP;
END $$;
