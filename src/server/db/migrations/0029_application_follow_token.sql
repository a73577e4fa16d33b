-- A candidate without an account follows an application through a secret link: the application
-- lives in the employer's tenant, which the link does not name. This function gives the tenant
-- of the one application whose token hashes to this, and nothing else; the application itself is
-- then read under that tenant's policies.
CREATE OR REPLACE FUNCTION job_application_follow_organisation(token_hash text)
  RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT organisation_id FROM job_applications WHERE follow_token_hash = token_hash
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION job_application_follow_organisation(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION job_application_follow_organisation(text) TO lien_app;
