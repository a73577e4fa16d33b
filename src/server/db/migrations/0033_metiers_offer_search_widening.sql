-- Offer search: a radius that widens no longer reads a page for every radius in turn. After the
-- asked radius, one statement reads the widest radius's offers once, picks the radius and ranks its page.
CREATE OR REPLACE FUNCTION metiers_offer_search(
    f jsonb, romes text[], contracts text[], employer_types text[], excluded text[], included text[],
    radii double precision[], enough integer, sort text, max_rows integer, skip_rows integer)
  RETURNS TABLE (id uuid, distance_km double precision, text_score real, rank double precision,
                 radius_km double precision, total bigint)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    words_count integer := coalesce(jsonb_array_length(f->'words'), 0);
    typed text;
    spellings text;
    query text := '';
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
    widest double precision;
    found bigint := 0;
    rank_columns text;
    page_of text;
    page jsonb := '[]'::jsonb;
  BEGIN
    -- Every word must be found: itself or a near spelling, or a word one of them begins (plural, feminine).
    IF words_count > 0 THEN
      PERFORM set_config('pg_trgm.similarity_threshold', coalesce(f->>'threshold', '0.4'), true);
      word_score := '(';
      FOR i IN 0 .. words_count - 1 LOOP
        typed := f->'words'->>i;
        SELECT string_agg(quote_literal(near.word) || ':*', ' | ') INTO spellings FROM (
          SELECT v.word FROM job_offer_words v
          WHERE v.word % typed AND v.word <> typed
          ORDER BY similarity(v.word, typed) DESC, v.word LIMIT 12) near;
        query := query || CASE WHEN i > 0 THEN ' & ' ELSE '' END
          || '(' || quote_literal(typed) || ':*' || coalesce(' | ' || spellings, '') || ')';
        -- A word written as typed counts more than a near spelling, and more again in the title.
        word_score := word_score || CASE WHEN i > 0 THEN ' + ' ELSE '' END
          || format('(CASE WHEN strpos(o.search_text, $1->''words''->>%s) > 0 THEN 1 ELSE 0.7 END', i)
          || format(' + CASE WHEN strpos(left(o.search_text, char_length(o.title) + 1), $1->''words''->>%s) > 0 THEN 0.2 ELSE 0 END)', i);
      END LOOP;
      word_score := word_score || format(') / %s', words_count * 1.2);
      f := f || jsonb_build_object('query', query);
      word_where := ' AND o.search_vector @@ ($1->>''query'')::tsquery';
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
      || ' AND ($7 IS NULL OR (o.latitude BETWEEN ($7[1])[1] AND ($7[0])[1] AND o.longitude BETWEEN ($7[1])[0] AND ($7[0])[0]))';
    matches := 'SELECT * FROM (' || matches || ') m WHERE $8 IS NULL OR m.distance_km <= $8';

    -- Relevance: the words first, then nearness, freshness and the employer's answer rate (an
    -- unknown rate is neutral). Weights keep a poor text match below a good one.
    rank_columns := 'SELECT m.id, m.distance_km, m.text_score, '
      || '(m.text_score'
      || ' + CASE WHEN m.distance_km IS NULL THEN 0 ELSE 0.6 / (1 + m.distance_km / 10) END'
      || ' + 0.3 * exp(-greatest(0, extract(epoch FROM (($1->>''now'')::timestamptz - m.published_at))) / 2592000)'
      || ' + CASE WHEN m.answer_rate IS NULL THEN 0 ELSE 0.4 * (m.answer_rate - 50) / 100.0 END'
      || ')::double precision AS rank, m.published_at, count(*) OVER () AS total ';
    ranked := rank_columns || 'FROM (' || matches || ') m';
    order_by := CASE sort
      WHEN 'distance' THEN 'x.distance_km ASC NULLS LAST, x.rank DESC, x.id'
      WHEN 'date' THEN 'x.published_at DESC, x.rank DESC, x.id'
      ELSE 'x.rank DESC, x.published_at DESC, x.id' END;
    page_of := 'SELECT coalesce(jsonb_agg(jsonb_build_object(''id'', y.id, ''distance_km'', y.distance_km, '
      || '''text_score'', y.text_score, ''rank'', y.rank, ''n'', y.n) ORDER BY y.n), ''[]''::jsonb), '
      || 'coalesce(max(y.total), 0) FROM (SELECT x.*, row_number() OVER (ORDER BY ' || order_by || ') AS n FROM (';

    -- The asked radius first: its page of results and its total in one pass. When it holds too few
    -- offers, one more statement reads the offers of the widest radius once, picks the first radius
    -- holding enough of them (or the widest) and ranks that radius's page. Without a place, one pass.
    IF lat IS NULL OR lon IS NULL OR coalesce(array_length(radii, 1), 0) = 0 THEN
      radii := ARRAY[NULL::double precision];
    END IF;
    dlat := 1 / 111.045;
    chosen := radii[1];
    area := CASE WHEN chosen IS NULL THEN NULL ELSE box(
      point(lon - chosen * dlat / greatest(cos(radians(lat)), 0.01), lat - chosen * dlat),
      point(lon + chosen * dlat / greatest(cos(radians(lat)), 0.01), lat + chosen * dlat)) END;
    EXECUTE page_of || ranked || ') x ORDER BY ' || order_by || ' LIMIT $9 OFFSET $10) y'
      INTO page, found
      USING f, romes, contracts, employer_types, excluded, included, area, chosen, greatest(max_rows, 1), skip_rows;
    -- A page past the end carries no total: count then.
    IF found = 0 AND skip_rows > 0 THEN
      EXECUTE 'SELECT count(*) FROM (' || matches || ') c' INTO found
        USING f, romes, contracts, employer_types, excluded, included, area, chosen;
    END IF;
    IF found < enough AND array_length(radii, 1) > 1 THEN
      widest := radii[array_upper(radii, 1)];
      area := box(
        point(lon - widest * dlat / greatest(cos(radians(lat)), 0.01), lat - widest * dlat),
        point(lon + widest * dlat / greatest(cos(radians(lat)), 0.01), lat + widest * dlat));
      EXECUTE 'WITH d AS MATERIALIZED (' || matches || '), '
        || 'c AS (SELECT coalesce((SELECT min(r) FROM unnest($11) r '
        || 'WHERE (SELECT count(*) FROM d WHERE d.distance_km <= r) >= $12), $8) AS chosen) '
        || replace(page_of, 'coalesce(max(y.total), 0)', 'coalesce(max(y.total), 0), (SELECT c.chosen FROM c)')
        || rank_columns || 'FROM d m WHERE m.distance_km <= (SELECT c.chosen FROM c)'
        || ') x ORDER BY ' || order_by || ' LIMIT $9 OFFSET $10) y'
        INTO page, found, chosen
        USING f, romes, contracts, employer_types, excluded, included, area, widest,
          greatest(max_rows, 1), skip_rows, radii[2:], enough;
      IF found = 0 AND skip_rows > 0 THEN
        area := box(
          point(lon - chosen * dlat / greatest(cos(radians(lat)), 0.01), lat - chosen * dlat),
          point(lon + chosen * dlat / greatest(cos(radians(lat)), 0.01), lat + chosen * dlat));
        EXECUTE 'SELECT count(*) FROM (' || matches || ') c' INTO found
          USING f, romes, contracts, employer_types, excluded, included, area, chosen;
      END IF;
    END IF;

    RETURN QUERY SELECT NULL::uuid, NULL::double precision, NULL::real, NULL::double precision, chosen, found;
    IF max_rows > 0 THEN
      RETURN QUERY SELECT p.id, p.distance_km, p.text_score, p.rank, chosen, found
        FROM jsonb_to_recordset(page) AS p(id uuid, distance_km double precision, text_score real, rank double precision, n bigint)
        ORDER BY p.n;
    END IF;
  END
  $$;
