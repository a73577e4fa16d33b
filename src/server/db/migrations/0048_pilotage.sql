CREATE TABLE "action_plan_organisations" (
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "action_plan_organisations_plan_id_organisation_id_pk" PRIMARY KEY("plan_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "action_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plans_period" CHECK ("action_plans"."period_end" > "action_plans"."period_start")
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"axis_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text DEFAULT 'action' NOT NULL,
	"title" text NOT NULL,
	"objective" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"pilot_account_ids" uuid[] DEFAULT '{}' NOT NULL,
	"pilot_names" text DEFAULT '' NOT NULL,
	"service_ids" uuid[] DEFAULT '{}' NOT NULL,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"target_publics" text DEFAULT '' NOT NULL,
	"staff_time" text DEFAULT '' NOT NULL,
	"user_participation" text DEFAULT '' NOT NULL,
	"quality_commitments" text DEFAULT '' NOT NULL,
	"agent_involvement" text DEFAULT '' NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'a_lancer' NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_actions_status" CHECK ("plan_actions"."status" in ('a_lancer', 'en_cours', 'en_retard', 'realise', 'abandonne')),
	CONSTRAINT "plan_actions_kind" CHECK ("plan_actions"."kind" in ('projet_phare', 'action')),
	CONSTRAINT "plan_actions_dates" CHECK ("plan_actions"."end_date" is null or "plan_actions"."start_date" is null or "plan_actions"."end_date" >= "plan_actions"."start_date")
);
--> statement-breakpoint
CREATE TABLE "plan_axes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"objective" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_budget_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"funder_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"planned_cents" bigint DEFAULT 0 NOT NULL,
	"consumed_cents" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "plan_budget_lines_amounts" CHECK ("plan_budget_lines"."planned_cents" >= 0 and "plan_budget_lines"."consumed_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plan_funders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicator_targets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"value" numeric(18, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"axis_id" uuid NOT NULL,
	"action_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text DEFAULT 'hausse' NOT NULL,
	"baseline" numeric(18, 4),
	"baseline_date" date,
	"min_value" numeric(18, 4),
	"max_value" numeric(18, 4),
	"frequency" text DEFAULT 'mensuelle' NOT NULL,
	"service_id" uuid,
	"source" text DEFAULT 'saisie' NOT NULL,
	CONSTRAINT "plan_indicators_unit" CHECK ("plan_indicators"."unit" in ('nombre', 'pourcentage', 'euros', 'jours', 'heures', 'personnes')),
	CONSTRAINT "plan_indicators_direction" CHECK ("plan_indicators"."direction" in ('hausse', 'baisse')),
	CONSTRAINT "plan_indicators_frequency" CHECK ("plan_indicators"."frequency" in ('mensuelle', 'trimestrielle', 'semestrielle', 'annuelle')),
	CONSTRAINT "plan_indicators_range" CHECK ("plan_indicators"."min_value" is null or "plan_indicators"."max_value" is null or "plan_indicators"."min_value" <= "plan_indicators"."max_value")
);
--> statement-breakpoint
CREATE TABLE "plan_measurements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" date NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"computed" boolean DEFAULT false NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_measurements_period" CHECK (extract(day from "plan_measurements"."period") = 1)
);
--> statement-breakpoint
CREATE TABLE "plan_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"action_id" uuid,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"done_on" date,
	"owner_account_id" uuid,
	"recurrence" text DEFAULT 'aucune' NOT NULL,
	"remind_days_before" integer DEFAULT 15 NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "plan_milestones_recurrence" CHECK ("plan_milestones"."recurrence" in ('aucune', 'annuelle')),
	CONSTRAINT "plan_milestones_remind" CHECK ("plan_milestones"."remind_days_before" between 0 and 365)
);
--> statement-breakpoint
CREATE TABLE "plan_review_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"action_id" uuid,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"snapshot" jsonb,
	"frozen_at" timestamp with time zone,
	"frozen_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_reviews_kind" CHECK ("plan_reviews"."kind" in ('comite_pilotage', 'conseil_administration', 'conseil_municipal', 'financeurs'))
);
--> statement-breakpoint
ALTER TABLE "action_plan_organisations" ADD CONSTRAINT "action_plan_organisations_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_organisations" ADD CONSTRAINT "action_plan_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_axis_id_plan_axes_id_fk" FOREIGN KEY ("axis_id") REFERENCES "public"."plan_axes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_axes" ADD CONSTRAINT "plan_axes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_axes" ADD CONSTRAINT "plan_axes_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_budget_lines" ADD CONSTRAINT "plan_budget_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_budget_lines" ADD CONSTRAINT "plan_budget_lines_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_budget_lines" ADD CONSTRAINT "plan_budget_lines_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_budget_lines" ADD CONSTRAINT "plan_budget_lines_funder_id_plan_funders_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."plan_funders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_funders" ADD CONSTRAINT "plan_funders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_funders" ADD CONSTRAINT "plan_funders_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_targets" ADD CONSTRAINT "plan_indicator_targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_targets" ADD CONSTRAINT "plan_indicator_targets_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicator_targets" ADD CONSTRAINT "plan_indicator_targets_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_axis_id_plan_axes_id_fk" FOREIGN KEY ("axis_id") REFERENCES "public"."plan_axes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_indicators" ADD CONSTRAINT "plan_indicators_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measurements" ADD CONSTRAINT "plan_measurements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measurements" ADD CONSTRAINT "plan_measurements_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measurements" ADD CONSTRAINT "plan_measurements_indicator_id_plan_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."plan_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measurements" ADD CONSTRAINT "plan_measurements_entered_by_accounts_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_owner_account_id_accounts_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review_decisions" ADD CONSTRAINT "plan_review_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review_decisions" ADD CONSTRAINT "plan_review_decisions_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review_decisions" ADD CONSTRAINT "plan_review_decisions_review_id_plan_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."plan_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review_decisions" ADD CONSTRAINT "plan_review_decisions_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_review_decisions" ADD CONSTRAINT "plan_review_decisions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_frozen_by_accounts_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "action_plans_slug" ON "action_plans" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "action_plans_organisation" ON "action_plans" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "plan_actions_plan" ON "plan_actions" USING btree ("plan_id","axis_id","position");--> statement-breakpoint
CREATE INDEX "plan_axes_plan" ON "plan_axes" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_budget_lines_action" ON "plan_budget_lines" USING btree ("action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_funders_name" ON "plan_funders" USING btree ("plan_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_indicator_targets_date" ON "plan_indicator_targets" USING btree ("indicator_id","due_date");--> statement-breakpoint
CREATE INDEX "plan_indicators_plan" ON "plan_indicators" USING btree ("plan_id","axis_id");--> statement-breakpoint
CREATE INDEX "plan_indicators_action" ON "plan_indicators" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "plan_measurements_latest" ON "plan_measurements" USING btree ("indicator_id","period","entered_at");--> statement-breakpoint
CREATE INDEX "plan_measurements_plan" ON "plan_measurements" USING btree ("plan_id","period");--> statement-breakpoint
CREATE INDEX "plan_milestones_plan" ON "plan_milestones" USING btree ("plan_id","due_date");--> statement-breakpoint
CREATE INDEX "plan_review_decisions_review" ON "plan_review_decisions" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan" ON "plan_reviews" USING btree ("plan_id","held_on");