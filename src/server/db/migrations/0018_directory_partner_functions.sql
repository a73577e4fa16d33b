-- A partner organisation may not UPDATE the directory under its policies, but it may say that the
-- entries of its own structures are still correct. This function sets only the confirmation date,
-- only on a structure whose partner organisation is the caller's, and returns it (NULL otherwise).
CREATE OR REPLACE FUNCTION directory_confirm_structure(structure uuid)
  RETURNS timestamptz
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE confirmed timestamptz;
  BEGIN
    UPDATE directory_structures
      SET confirmed_at = now(), stale_reminded_at = NULL
      WHERE id = structure AND partner_organisation_id = app_organisation_id()
      RETURNING confirmed_at INTO confirmed;
    RETURN confirmed;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION directory_confirm_structure(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION directory_confirm_structure(uuid) TO lien_app;
--> statement-breakpoint
-- Orientations are read only by their sender and their partner, yet any orientation to an entry
-- forbids deleting it. The keeper learns how many point at one of its own entries, nothing else.
CREATE OR REPLACE FUNCTION directory_referral_count(structure uuid, service uuid)
  RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT count(*)::int FROM referrals r
    WHERE r.organisation_id IS NOT NULL
      AND (structure IS NULL OR r.structure_id = structure)
      AND (service IS NULL OR r.service_id = service)
      AND EXISTS (
        SELECT 1 FROM directory_structures s
        WHERE s.id = r.structure_id AND s.organisation_id = app_organisation_id()
      )
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION directory_referral_count(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION directory_referral_count(uuid, uuid) TO lien_app;
