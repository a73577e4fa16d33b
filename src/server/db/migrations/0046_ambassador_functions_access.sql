-- The address of an ambassador's account, for the platform's e-mails about their profile and the
-- requests they receive (the public filing a request cannot read accounts). Never sent to a client.
CREATE OR REPLACE FUNCTION ambassador_contact_email(p_ambassador uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT a.email FROM ambassadors m JOIN accounts a ON a.id = m.account_id
  WHERE m.id = p_ambassador AND a.disabled_at IS NULL
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ambassador_contact_email(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ambassador_contact_email(uuid) TO lien_app;
--> statement-breakpoint
-- Meetings held per ambassador, for the editors who validate profiles: a count, never the requests.
CREATE OR REPLACE FUNCTION ambassador_bookings_done() RETURNS TABLE (ambassador_id uuid, n bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT b.ambassador_id, count(*) FROM ambassador_bookings b
  WHERE b.state = 'realisee' AND app_organisation_id() IS NOT NULL
  GROUP BY b.ambassador_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ambassador_bookings_done() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ambassador_bookings_done() TO lien_app;
