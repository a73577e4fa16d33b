-- The search keeps, through the GiST trigram index, the files nearest to the query by word
-- similarity (three times as many as asked), and only those are ranked finely. A common first
-- name matches thousands of files: ranking them all took up to 300 ms on 100,000 people.
CREATE OR REPLACE FUNCTION usagers_search(query text, threshold real, max_rows integer)
  RETURNS TABLE (id uuid, score real)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    PERFORM set_config('pg_trgm.word_similarity_threshold', threshold::text, true);
    RETURN QUERY
      SELECT nearest.id, nearest.score FROM (
        SELECT u.id, word_similarity(query, u.search_text) AS score, u.search_text, u.last_contact_at
        FROM usagers u
        WHERE u.search_text %> query
          AND u.organisation_id = app_organisation_id()
          AND u.merged_into_id IS NULL AND u.anonymised_at IS NULL
        ORDER BY query <<-> u.search_text
        LIMIT max_rows * 3
      ) nearest
      ORDER BY nearest.score DESC, similarity(query, nearest.search_text) DESC, nearest.last_contact_at DESC
      LIMIT max_rows;
  END
  $$;
