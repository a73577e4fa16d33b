-- The hours of a directory service on one day, exceptions applied: the SQL double of `hoursOn`
-- (src/shared/modules/partenaires/opening-hours.ts), tested against it. Ranges are ["HH:MM","HH:MM"],
-- so text order is time order. The narrowest exception covering the day wins, the last listed among
-- equals; a closure empties the day; exceptional hours replace the place's week, or limit a service's
-- own hours to the part inside them.
CREATE OR REPLACE FUNCTION directory_hours_on(weekly jsonb, exceptions jsonb, own_hours boolean, day date)
  RETURNS jsonb
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
  AS $$
  DECLARE
    week jsonb := weekly -> (ARRAY['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'])[extract(isodow FROM day)::int];
    iso text := to_char(day, 'YYYY-MM-DD');
    ex jsonb;
  BEGIN
    IF week IS NULL OR jsonb_typeof(week) <> 'array' THEN week := '[]'::jsonb; END IF;
    IF exceptions IS NULL OR jsonb_typeof(exceptions) <> 'array' OR jsonb_array_length(exceptions) = 0 THEN
      RETURN week;
    END IF;
    SELECT x.e INTO ex
      FROM jsonb_array_elements(exceptions) WITH ORDINALITY AS x(e, n)
      WHERE x.e ->> 'from' <= iso AND x.e ->> 'to' >= iso
      ORDER BY (x.e ->> 'to')::date - (x.e ->> 'from')::date, x.n DESC
      LIMIT 1;
    IF ex IS NULL THEN RETURN week; END IF;
    IF coalesce((ex ->> 'closed')::boolean, true) THEN RETURN '[]'::jsonb; END IF;
    IF jsonb_typeof(ex -> 'hours') IS DISTINCT FROM 'array' THEN RETURN '[]'::jsonb; END IF;
    IF NOT own_hours THEN RETURN ex -> 'hours'; END IF;
    RETURN coalesce(
      (SELECT jsonb_agg(jsonb_build_array(greatest(w ->> 0, h ->> 0), least(w ->> 1, h ->> 1))
                        ORDER BY greatest(w ->> 0, h ->> 0))
         FROM jsonb_array_elements(week) w, jsonb_array_elements(ex -> 'hours') h
         WHERE greatest(w ->> 0, h ->> 0) < least(w ->> 1, h ->> 1)),
      '[]'::jsonb);
  END
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION directory_hours_on(jsonb, jsonb, boolean, date) TO lien_app;
