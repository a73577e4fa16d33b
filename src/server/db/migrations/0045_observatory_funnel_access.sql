-- The recruitment observatory reads every employer's applications, immersions and apprenticeship
-- contacts, which row-level security hides from a CCAS or a département. This function runs as the
-- owner, checks that the caller may read the observatory (a statistics, direction, administration or
-- editor role in a CCAS, CIAS or département; or the platform administrator) and returns counts and
-- medians only, never a row about a person, for the caller's own département (any, for the platform
-- administrator). Statistical secrecy (small counts) is applied by the application on these counts.
CREATE OR REPLACE FUNCTION metiers_departement_of(insee text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN insee IS NULL OR insee = '' THEN NULL WHEN insee LIKE '97%' THEN left(insee, 3) ELSE left(insee, 2) END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION metiers_departement_of(text) TO lien_app;
--> statement-breakpoint
-- Rows grouped by job (`group_by` = 'job': key = job id) or by département ('departement'), then one
-- total row (is_total). Applications, immersions and apprenticeship contacts are counted when they
-- were made within the period (Paris dates), with what became of them since; open offers are now's.
CREATE OR REPLACE FUNCTION metiers_recruitment_funnel(
    period_from date, period_to date, departement text, job uuid, group_by text)
  RETURNS TABLE (
    key text, is_total boolean, fiche_views bigint, applications bigint, answered bigint, hires bigint,
    answer_days_median double precision, hire_days_median double precision,
    immersions bigint, immersions_done bigint, immersion_hires bigint,
    apprenticeship_matches bigint, apprenticeship_contacts bigint, apprenticeship_contracts bigint,
    open_offers bigint)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    scope text := departement;
    caller_insee text;
  BEGIN
    IF group_by NOT IN ('job', 'departement') THEN
      RAISE EXCEPTION 'unknown grouping %', group_by USING ERRCODE = '22023';
    END IF;
    IF NOT app_platform_admin() THEN
      SELECT o.commune_insee INTO caller_insee
        FROM organisations o
        JOIN memberships m ON m.organisation_id = o.id AND m.account_id = app_account_id() AND m.active
        WHERE o.id = app_organisation_id() AND o.kind IN ('ccas', 'cias', 'departement')
          AND m.roles && ARRAY['direction', 'lecture_statistiques', 'administrateur', 'editeur'];
      IF NOT FOUND OR metiers_departement_of(caller_insee) IS NULL THEN
        RAISE EXCEPTION 'observatory not allowed' USING ERRCODE = '42501';
      END IF;
      scope := metiers_departement_of(caller_insee);
    END IF;
    RETURN QUERY
    WITH facts AS (
      SELECT v.job_id, nullif(v.departement, '') AS dep, v.views::bigint AS views,
             0 AS app, 0 AS ans, 0 AS hire, NULL::double precision AS ans_days, NULL::double precision AS hire_days,
             0 AS imm, 0 AS imm_done, 0 AS imm_hire, 0 AS m, 0 AS ctc, 0 AS ctr, 0 AS open_offer
        FROM job_profile_views v
        WHERE v.day BETWEEN period_from AND period_to
      UNION ALL
      SELECT o.job_id, metiers_departement_of(o.commune_insee), 0,
             1, (a.answered_at IS NOT NULL)::int, (a.status = 'retenue')::int,
             extract(epoch FROM a.answered_at - a.created_at) / 86400,
             CASE WHEN a.status = 'retenue' THEN extract(epoch FROM coalesce(
               (SELECT min(e.at) FROM job_application_events e
                 WHERE e.application_id = a.id AND e.kind = 'statut' AND e.status = 'retenue'),
               a.status_changed_at) - a.created_at) / 86400 END,
             0, 0, 0, 0, 0, 0, 0
        FROM job_applications a JOIN job_offers o ON o.id = a.offer_id
        WHERE o.job_id IS NOT NULL
          AND (a.created_at AT TIME ZONE 'Europe/Paris')::date BETWEEN period_from AND period_to
      UNION ALL
      SELECT r.job_id, metiers_departement_of(io.commune_insee), 0, 0, 0, 0, NULL, NULL,
             1, (r.state = 'realisee')::int, (r.state = 'realisee' AND r.outcome = 'embauche')::int, 0, 0, 0, 0
        FROM immersion_requests r JOIN immersion_offers io ON io.id = r.offer_id
        WHERE (r.created_at AT TIME ZONE 'Europe/Paris')::date BETWEEN period_from AND period_to
      UNION ALL
      SELECT mt.job_id, metiers_departement_of(s.commune_insee), 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 1, 0, 0, 0
        FROM apprenticeship_matches mt JOIN apprenticeship_seats s ON s.id = mt.seat_id
        WHERE (mt.found_at AT TIME ZONE 'Europe/Paris')::date BETWEEN period_from AND period_to
      UNION ALL
      SELECT c.job_id, metiers_departement_of(s.commune_insee), 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0,
             1, (c.outcome = 'contrat_signe')::int, 0
        FROM apprenticeship_contacts c JOIN apprenticeship_seats s ON s.id = c.seat_id
        WHERE (c.created_at AT TIME ZONE 'Europe/Paris')::date BETWEEN period_from AND period_to
      UNION ALL
      SELECT o.job_id, metiers_departement_of(o.commune_insee), 0, 0, 0, 0, NULL, NULL, 0, 0, 0, 0, 0, 0, 1
        FROM job_offers o
        WHERE o.job_id IS NOT NULL AND o.state = 'publiee' AND (o.expires_at IS NULL OR o.expires_at > now())
    ), kept AS (
      SELECT f.*, CASE WHEN group_by = 'job' THEN f.job_id::text ELSE f.dep END AS k
        FROM facts f
        -- A visitor's territory is seldom known: views without one count wherever the job is looked at.
        WHERE (scope IS NULL OR f.dep = scope OR (f.dep IS NULL AND f.views > 0))
          AND (job IS NULL OR f.job_id = job)
    )
    SELECT kept.k, grouping(kept.k) = 1,
           sum(kept.views)::bigint, sum(kept.app)::bigint, sum(kept.ans)::bigint, sum(kept.hire)::bigint,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY kept.ans_days),
           percentile_cont(0.5) WITHIN GROUP (ORDER BY kept.hire_days),
           sum(kept.imm)::bigint, sum(kept.imm_done)::bigint, sum(kept.imm_hire)::bigint,
           sum(kept.m)::bigint, sum(kept.ctc)::bigint, sum(kept.ctr)::bigint, sum(kept.open_offer)::bigint
      FROM kept
      GROUP BY GROUPING SETS ((kept.k), ());
  END
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION metiers_recruitment_funnel(date, date, text, uuid, text) TO lien_app;
