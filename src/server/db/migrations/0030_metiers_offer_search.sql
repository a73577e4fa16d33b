-- Offer search. Published offers are public, yet trigram and geometric operators are not LEAKPROOF:
-- under row-level security PostgreSQL would not use them as index conditions. The search therefore
-- runs as the owner in one function that reads only published, unexpired offers, and returns ids,
-- distances and scores; the application reads the offers again under its policies.
CREATE INDEX "job_offers_search_text_trgm_idx" ON "job_offers" USING gin ("search_text" gin_trgm_ops) WHERE state = 'publiee';
--> statement-breakpoint
CREATE INDEX "job_offers_position_idx" ON "job_offers" USING gist (point("longitude", "latitude")) WHERE state = 'publiee';
--> statement-breakpoint
CREATE INDEX "job_offers_published_idx" ON "job_offers" ("published_at") WHERE state = 'publiee';
--> statement-breakpoint
CREATE INDEX "job_offers_code_rome_idx" ON "job_offers" ("code_rome") WHERE state = 'publiee';
--> statement-breakpoint
CREATE INDEX "saved_searches_alert_idx" ON "saved_searches" ("last_alert_at") WHERE confirmed_at IS NOT NULL AND unsubscribed_at IS NULL;
--> statement-breakpoint
-- Great-circle distance in kilometres (haversine); inlined by the planner.
CREATE OR REPLACE FUNCTION metiers_distance_km(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
  RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT 2 * 6371.0088 * asin(least(1, sqrt(
      power(sin(radians(lat2 - lat1) / 2), 2)
      + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))))
  $$;
--> statement-breakpoint
-- The search. `f` carries the criteria (see offers-search.repository.ts); `radii` are tried in order until
-- one holds `enough` offers (the last one otherwise). The first row has no id: it carries the radius
-- searched and the total; the page of results follows.
CREATE OR REPLACE FUNCTION metiers_offer_search(
    f jsonb, romes text[], contracts text[], employer_types text[], excluded text[], included text[],
    radii double precision[], enough integer, sort text, max_rows integer, skip_rows integer)
  RETURNS TABLE (id uuid, distance_km double precision, text_score real, rank double precision,
                 radius_km double precision, total bigint)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    words_count integer := coalesce(jsonb_array_length(f->'words'), 0);
    word_where text := '';
    word_score text := '1';
    matches text;
    ranked text;
    order_by text;
    lat double precision := (f->>'lat')::double precision;
    lon double precision := (f->>'lon')::double precision;
    dlat double precision;
    area box;
    chosen double precision;
    found bigint := 0;
  BEGIN
    PERFORM set_config('pg_trgm.word_similarity_threshold', coalesce(f->>'threshold', '0.5'), true);
    -- Every word must be found (typos forgiven); the text score is the mean of the words' similarity.
    IF words_count > 0 THEN
      word_score := '(';
      FOR i IN 0 .. words_count - 1 LOOP
        word_where := word_where || format(' AND o.search_text %%> ($1->''words''->>%s)', i);
        word_score := word_score || CASE WHEN i > 0 THEN ' + ' ELSE '' END
          || format('word_similarity($1->''words''->>%s, o.search_text)', i);
      END LOOP;
      word_score := word_score || format(') / %s', words_count);
    END IF;
    matches := 'SELECT o.id, o.published_at, r.rate AS answer_rate, '
      || 'CASE WHEN $8 IS NULL THEN NULL::double precision ELSE metiers_distance_km(($1->>''lat'')::double precision, '
      || '($1->>''lon'')::double precision, o.latitude, o.longitude) END AS distance_km, '
      || '(' || word_score || ')::real AS text_score '
      || 'FROM job_offers o '
      || 'LEFT JOIN employer_profiles e ON e.organisation_id = o.organisation_id '
      || 'LEFT JOIN employer_answer_rates r ON r.organisation_id = o.organisation_id '
      || 'WHERE o.state = ''publiee'' AND (o.expires_at IS NULL OR o.expires_at > ($1->>''now'')::timestamptz)'
      || word_where
      || ' AND ($2 IS NULL OR o.code_rome = ANY($2))'
      || ' AND ($3 IS NULL OR o.contract = ANY($3))'
      || ' AND ($4 IS NULL OR e.employer_type = ANY($4))'
      || ' AND ($5 IS NULL OR NOT (o.patterns && $5))'
      || ' AND ($6 IS NULL OR o.patterns @> $6)'
      || ' AND ($1->>''sector'' IS NULL OR e.sector = $1->>''sector'')'
      || ' AND ($1->>''workTime'' IS NULL OR o.work_time = $1->>''workTime'')'
      || ' AND (NOT coalesce(($1->>''serviceCar'')::boolean, false) OR o.service_car)'
      || ' AND (NOT coalesce(($1->>''housing'')::boolean, false) OR o.housing)'
      || ' AND (NOT coalesce(($1->>''childcare'')::boolean, false) OR o.childcare)'
      || ' AND (NOT coalesce(($1->>''noLicence'')::boolean, false) OR NOT o.driving_licence)'
      || ' AND ($1->>''salaryMinCents'' IS NULL OR coalesce(o.salary_max_cents, o.salary_min_cents)'
      || ' * CASE o.salary_period WHEN ''an'' THEN 1.0 / 12 WHEN ''heure'' THEN 151.67 ELSE 1 END'
      || ' >= ($1->>''salaryMinCents'')::integer)'
      || ' AND ($1->>''since'' IS NULL OR o.published_at > ($1->>''since'')::timestamptz)'
      || ' AND ($7 IS NULL OR point(o.longitude, o.latitude) <@ $7)';
    matches := 'SELECT * FROM (' || matches || ') m WHERE $8 IS NULL OR m.distance_km <= $8';

    IF lat IS NULL OR lon IS NULL OR coalesce(array_length(radii, 1), 0) = 0 THEN
      chosen := NULL;
      EXECUTE 'SELECT count(*) FROM (' || matches || ') c' INTO found
        USING f, romes, contracts, employer_types, excluded, included, NULL::box, NULL::double precision;
    ELSE
      dlat := 1 / 111.045;
      FOREACH chosen IN ARRAY radii LOOP
        -- The bounding box of the circle: the GiST index reads it, the distance then trims its corners.
        area := box(
          point(lon - chosen * dlat / greatest(cos(radians(lat)), 0.01), lat - chosen * dlat),
          point(lon + chosen * dlat / greatest(cos(radians(lat)), 0.01), lat + chosen * dlat));
        EXECUTE 'SELECT count(*) FROM (' || matches || ') c' INTO found
          USING f, romes, contracts, employer_types, excluded, included, area, chosen;
        EXIT WHEN found >= enough;
      END LOOP;
    END IF;

    RETURN QUERY SELECT NULL::uuid, NULL::double precision, NULL::real, NULL::double precision, chosen, found;
    IF found = 0 OR max_rows <= 0 THEN
      RETURN;
    END IF;

    -- Relevance: the words first, then nearness, freshness and the employer's answer rate (an
    -- unknown rate is neutral). Weights keep a poor text match below a good one.
    ranked := 'SELECT m.id, m.distance_km, m.text_score, '
      || '(m.text_score'
      || ' + CASE WHEN m.distance_km IS NULL THEN 0 ELSE 0.6 / (1 + m.distance_km / 10) END'
      || ' + 0.3 * exp(-greatest(0, extract(epoch FROM (($1->>''now'')::timestamptz - m.published_at))) / 2592000)'
      || ' + CASE WHEN m.answer_rate IS NULL THEN 0 ELSE 0.4 * (m.answer_rate - 50) / 100.0 END'
      || ')::double precision AS rank, m.published_at '
      || 'FROM (' || matches || ') m';
    order_by := CASE sort
      WHEN 'distance' THEN 'x.distance_km ASC NULLS LAST, x.rank DESC, x.id'
      WHEN 'date' THEN 'x.published_at DESC, x.rank DESC, x.id'
      ELSE 'x.rank DESC, x.published_at DESC, x.id' END;
    RETURN QUERY EXECUTE 'SELECT x.id, x.distance_km, x.text_score, x.rank, $8, $9 FROM (' || ranked || ') x '
      || 'ORDER BY ' || order_by || ' LIMIT $10 OFFSET $11'
      USING f, romes, contracts, employer_types, excluded, included, area, chosen, found, max_rows, skip_rows;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION metiers_offer_search(jsonb, text[], text[], text[], text[], text[], double precision[], integer, text, integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION metiers_offer_search(jsonb, text[], text[], text[], text[], text[], double precision[], integer, text, integer, integer) TO lien_app;
