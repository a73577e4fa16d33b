-- Orientations to partners. The partner organisation answers an orientation under row-level
-- security but may not write the sender's request: a trigger, as the owner, carries the answer to
-- the one request orientation linked to that referral and writes the request's history.
-- A partner may change only the answer columns of a referral it received, and never creates one.
CREATE OR REPLACE FUNCTION referrals_partner_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF app_organisation_id() IS NULL THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.organisation_id IS DISTINCT FROM app_organisation_id() THEN
      RAISE EXCEPTION 'only the sending organisation creates an orientation' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.organisation_id IS DISTINCT FROM app_organisation_id() AND (
    NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
    OR NEW.partner_organisation_id IS DISTINCT FROM OLD.partner_organisation_id
    OR NEW.request_id IS DISTINCT FROM OLD.request_id
    OR NEW.request_orientation_id IS DISTINCT FROM OLD.request_orientation_id
    OR NEW.service_id IS DISTINCT FROM OLD.service_id
    OR NEW.structure_id IS DISTINCT FROM OLD.structure_id
    OR NEW.shared IS DISTINCT FROM OLD.shared
    OR NEW.consent_recorded_at IS DISTINCT FROM OLD.consent_recorded_at
    OR NEW.sender_first_name IS DISTINCT FROM OLD.sender_first_name
    OR NEW.link_token_hash IS DISTINCT FROM OLD.link_token_hash
    OR NEW.link_expires_at IS DISTINCT FROM OLD.link_expires_at
    OR NEW.reminded_at IS DISTINCT FROM OLD.reminded_at
    OR NEW.created_by IS DISTINCT FROM OLD.created_by
    OR NEW.created_at IS DISTINCT FROM OLD.created_at
  ) THEN
    RAISE EXCEPTION 'a partner changes only its answer to an orientation' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER referrals_partner_guard BEFORE INSERT OR UPDATE ON referrals
  FOR EACH ROW EXECUTE FUNCTION referrals_partner_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION referrals_follow_outcome() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
DECLARE
  next_outcome text;
  previous_outcome text;
BEGIN
  IF NEW.request_orientation_id IS NULL OR NEW.request_id IS NULL OR NEW.status IS NOT DISTINCT FROM OLD.status THEN
    RETURN NEW;
  END IF;
  next_outcome := CASE NEW.status
    WHEN 'acceptee' THEN 'prise_en_charge'
    WHEN 'personne_recue' THEN 'prise_en_charge'
    WHEN 'refusee' THEN 'refusee'
    WHEN 'personne_absente' THEN 'sans_suite'
    WHEN 'expiree' THEN 'sans_suite'
    ELSE 'en_attente'
  END;
  SELECT o.outcome INTO previous_outcome FROM request_orientations o
    WHERE o.id = NEW.request_orientation_id AND o.request_id = NEW.request_id
      AND o.organisation_id = NEW.organisation_id
    FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NEW;
  END IF;
  UPDATE request_orientations
    SET outcome = next_outcome, outcome_at = CASE WHEN next_outcome = 'en_attente' THEN NULL ELSE NEW.updated_at END
    WHERE id = NEW.request_orientation_id;
  INSERT INTO request_events (id, organisation_id, request_id, kind, detail, actor_id, at)
    VALUES (
      -- A UUID v7 like every key of the platform: the event's time in milliseconds, then random bits.
      encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
        substring(int8send(floor(extract(epoch FROM NEW.updated_at) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
        52, 1), 53, 1), 'hex')::uuid,
      NEW.organisation_id, NEW.request_id, 'suite_orientation',
      jsonb_strip_nulls(jsonb_build_object(
        'orientationId', NEW.request_orientation_id,
        'referralId', NEW.id,
        'from', previous_outcome,
        'to', next_outcome,
        'referralStatus', NEW.status,
        'reason', NEW.status_reason,
        'byPartner', true
      )),
      NULL, NEW.updated_at
    );
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER referrals_follow_outcome AFTER UPDATE OF status ON referrals
  FOR EACH ROW EXECUTE FUNCTION referrals_follow_outcome();
--> statement-breakpoint
-- The addresses of the active members of the partner organisation of a structure of the caller's
-- directory: the sender cannot read another organisation's members.
CREATE OR REPLACE FUNCTION directory_partner_emails(p_structure_id uuid) RETURNS SETOF text LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.email FROM directory_structures s
      JOIN memberships m ON m.organisation_id = s.partner_organisation_id AND m.active
      JOIN accounts a ON a.id = m.account_id AND a.disabled_at IS NULL
    WHERE s.id = p_structure_id AND s.organisation_id = app_organisation_id()
    ORDER BY a.email
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION directory_partner_emails(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION directory_partner_emails(uuid) TO lien_app;
--> statement-breakpoint
-- Gives a structure of the caller's directory its own organisation (an association) when it has none,
-- and returns it: organisations are created by the platform, this is the one exception, bounded to
-- the keeper's own structures.
CREATE OR REPLACE FUNCTION directory_partner_organisation(p_structure_id uuid, p_new_id uuid) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  s directory_structures%ROWTYPE;
BEGIN
  SELECT * INTO s FROM directory_structures
    WHERE id = p_structure_id AND organisation_id = app_organisation_id() FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'structure not in the caller''s directory' USING ERRCODE = '42501';
  END IF;
  IF s.partner_organisation_id IS NOT NULL THEN
    RETURN s.partner_organisation_id;
  END IF;
  INSERT INTO organisations (id, kind, name) VALUES (p_new_id, 'association', s.name);
  UPDATE directory_structures SET partner_organisation_id = p_new_id, updated_at = now() WHERE id = p_structure_id;
  RETURN p_new_id;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION directory_partner_organisation(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION directory_partner_organisation(uuid, uuid) TO lien_app;
