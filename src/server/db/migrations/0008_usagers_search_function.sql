-- Trigram operators are not LEAKPROOF, so under row-level security PostgreSQL may not use them
-- as index conditions: every search would scan the whole table. This function runs as the owner
-- (no policy applied, the trigram index usable) and filters on the caller's organisation itself;
-- it returns only ids and scores, and the application reads the rows again under its policies.
CREATE OR REPLACE FUNCTION usagers_search(query text, threshold real, max_rows integer)
  RETURNS TABLE (id uuid, score real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    PERFORM set_config('pg_trgm.word_similarity_threshold', threshold::text, true);
    RETURN QUERY
      SELECT u.id, word_similarity(query, u.search_text) AS score
      FROM usagers u
      WHERE u.search_text %> query
        AND u.organisation_id = app_organisation_id()
        AND u.merged_into_id IS NULL AND u.anonymised_at IS NULL
      ORDER BY score DESC, similarity(query, u.search_text) DESC, u.last_contact_at DESC
      LIMIT max_rows;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION usagers_search(text, real, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION usagers_search(text, real, integer) TO lien_app;
