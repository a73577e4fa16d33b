-- Pilotage: a plan and everything in it belong to the owner organisation, which alone writes them.
-- The organisations it is shared with read it; a published plan's axes and actions (titles and
-- status, never a person) are public. The helper functions run as their owner so that the plan's
-- policy and its sharing table's policy do not read each other recursively.
CREATE OR REPLACE FUNCTION pilotage_plan_shared(plan uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM action_plan_organisations s
                        WHERE s.plan_id = plan AND s.organisation_id = app_organisation_id()) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pilotage_plan_owned(plan uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM action_plans p
                        WHERE p.id = plan AND p.organisation_id = app_organisation_id()) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pilotage_plan_published(plan uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM action_plans p WHERE p.id = plan AND p.published AND NOT p.archived) $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION pilotage_plan_shared(uuid), pilotage_plan_owned(uuid), pilotage_plan_published(uuid) TO lien_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON action_plans, action_plan_organisations, plan_axes, plan_actions,
  plan_milestones, plan_funders, plan_budget_lines, plan_indicators, plan_indicator_targets,
  plan_measurements, plan_reviews, plan_review_decisions TO lien_app;
--> statement-breakpoint
ALTER TABLE action_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_plans_read ON action_plans FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(id) OR (published AND NOT archived));
--> statement-breakpoint
CREATE POLICY action_plans_write ON action_plans FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE action_plan_organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_plan_organisations_read ON action_plan_organisations FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_owned(plan_id));
--> statement-breakpoint
CREATE POLICY action_plan_organisations_write ON action_plan_organisations FOR ALL TO lien_app
  USING (pilotage_plan_owned(plan_id)) WITH CHECK (pilotage_plan_owned(plan_id));
--> statement-breakpoint
ALTER TABLE plan_axes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_axes_read ON plan_axes FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id) OR pilotage_plan_published(plan_id));
--> statement-breakpoint
CREATE POLICY plan_axes_write ON plan_axes FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_actions_read ON plan_actions FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id) OR pilotage_plan_published(plan_id));
--> statement-breakpoint
CREATE POLICY plan_actions_write ON plan_actions FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_milestones ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_milestones_read ON plan_milestones FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_milestones_write ON plan_milestones FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_funders ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_funders_read ON plan_funders FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_funders_write ON plan_funders FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_budget_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_budget_lines_read ON plan_budget_lines FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_budget_lines_write ON plan_budget_lines FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_indicators ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_indicators_read ON plan_indicators FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_indicators_write ON plan_indicators FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_indicator_targets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_indicator_targets_read ON plan_indicator_targets FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_indicator_targets_write ON plan_indicator_targets FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_measurements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_measurements_read ON plan_measurements FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_measurements_write ON plan_measurements FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_reviews_read ON plan_reviews FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_reviews_write ON plan_reviews FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
--> statement-breakpoint
ALTER TABLE plan_review_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_review_decisions_read ON plan_review_decisions FOR SELECT TO lien_app
  USING (organisation_id = app_organisation_id() OR pilotage_plan_shared(plan_id));
--> statement-breakpoint
CREATE POLICY plan_review_decisions_write ON plan_review_decisions FOR ALL TO lien_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());
