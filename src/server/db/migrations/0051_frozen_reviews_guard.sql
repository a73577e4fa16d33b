-- A frozen review is the record of what a committee or a board saw and decided: once frozen, its
-- snapshot, its description and its decisions never change, whoever writes. Clearing a deleted
-- account or action (ON DELETE SET NULL) stays possible, and so does deleting the plan.
CREATE OR REPLACE FUNCTION plan_reviews_frozen_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.frozen_at IS NOT NULL AND (
    NEW.frozen_at IS DISTINCT FROM OLD.frozen_at
    OR NEW.snapshot IS DISTINCT FROM OLD.snapshot
    OR NEW.kind IS DISTINCT FROM OLD.kind
    OR NEW.held_on IS DISTINCT FROM OLD.held_on
    OR NEW.title IS DISTINCT FROM OLD.title
    OR NEW.notes IS DISTINCT FROM OLD.notes
    OR NEW.plan_id IS DISTINCT FROM OLD.plan_id
    OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
  ) THEN
    RAISE EXCEPTION 'plan review % is frozen', OLD.id USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER plan_reviews_frozen_guard BEFORE UPDATE ON plan_reviews
  FOR EACH ROW EXECUTE FUNCTION plan_reviews_frozen_guard();
--> statement-breakpoint
-- Reads the review as the owner: the guard must not depend on what the writer may see.
CREATE OR REPLACE FUNCTION plan_review_decisions_frozen_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
DECLARE
  review_ids uuid[];
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.review_id IS NOT DISTINCT FROM OLD.review_id
    AND NEW.text IS NOT DISTINCT FROM OLD.text AND NEW.position IS NOT DISTINCT FROM OLD.position
    AND NEW.plan_id IS NOT DISTINCT FROM OLD.plan_id
    AND NEW.organisation_id IS NOT DISTINCT FROM OLD.organisation_id THEN
    RETURN NEW;
  END IF;
  review_ids := CASE TG_OP
    WHEN 'INSERT' THEN ARRAY[NEW.review_id]
    WHEN 'DELETE' THEN ARRAY[OLD.review_id]
    ELSE ARRAY[OLD.review_id, NEW.review_id]
  END;
  -- A cascade from a deleted review, plan or organisation runs once that row is gone: not refused.
  IF EXISTS (
    SELECT 1 FROM plan_reviews r
      JOIN action_plans p ON p.id = r.plan_id
      JOIN organisations o ON o.id = r.organisation_id
    WHERE r.id = ANY (review_ids) AND r.frozen_at IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'plan review is frozen: its decisions do not change' USING ERRCODE = '55000';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER plan_review_decisions_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON plan_review_decisions
  FOR EACH ROW EXECUTE FUNCTION plan_review_decisions_frozen_guard();
