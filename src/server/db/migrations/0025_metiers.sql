CREATE TABLE "job_portraits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"job_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role_label" text NOT NULL,
	"workplace" text DEFAULT '' NOT NULL,
	"quote" text DEFAULT '' NOT NULL,
	"story_html" text DEFAULT '' NOT NULL,
	"photo_key" text,
	"photo_alt" text DEFAULT '' NOT NULL,
	"video_key" text,
	"captions_key" text,
	"transcript" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_profiles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"code_rome" text NOT NULL,
	"code_ogr" text,
	"rome_version" text NOT NULL,
	"legacy_code_rome_v3" text,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"what_html" text DEFAULT '' NOT NULL,
	"day_html" text DEFAULT '' NOT NULL,
	"routes_html" text DEFAULT '' NOT NULL,
	"diplomas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pay_scales" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "pay_grid_steps" (
	"grid_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"step" integer NOT NULL,
	"indice_brut" integer,
	"indice_majore" integer,
	"monthly_gross_cents" integer,
	"duration_months" integer,
	CONSTRAINT "pay_grid_steps_grid_id_grade_step_pk" PRIMARY KEY("grid_id","grade","step")
);
--> statement-breakpoint
CREATE TABLE "pay_grids" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"category" text,
	"point_value_cents" integer,
	"valid_from" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" uuid
);
--> statement-breakpoint
CREATE TABLE "rome_appellations" (
	"code_ogr" text PRIMARY KEY NOT NULL,
	"code_rome" text NOT NULL,
	"rome_label" text NOT NULL,
	"long_label" text NOT NULL,
	"short_label" text NOT NULL,
	"rome_version" text NOT NULL,
	"search_text" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_profiles" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"employer_type" text NOT NULL,
	"sector" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text DEFAULT '' NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"job_id" uuid,
	"code_rome" text NOT NULL,
	"code_ogr" text,
	"title" text NOT NULL,
	"description_html" text NOT NULL,
	"profile_html" text DEFAULT '' NOT NULL,
	"contract" text NOT NULL,
	"contract_months" integer,
	"public_grade" text,
	"dve_reference" text,
	"dve_url" text,
	"work_time" text NOT NULL,
	"weekly_hours" numeric(4, 1),
	"patterns" text[] DEFAULT '{}' NOT NULL,
	"schedule_note" text DEFAULT '' NOT NULL,
	"service_car" boolean DEFAULT false NOT NULL,
	"driving_licence" boolean DEFAULT false NOT NULL,
	"housing" boolean DEFAULT false NOT NULL,
	"childcare" boolean DEFAULT false NOT NULL,
	"salary_min_cents" integer,
	"salary_max_cents" integer,
	"salary_period" text,
	"start_date" text,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text NOT NULL,
	"commune" text NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"state" text DEFAULT 'brouillon' NOT NULL,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_answer_rates" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"rate" integer,
	"median_answer_days" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_application_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text,
	"text" text DEFAULT '' NOT NULL,
	"message_sent" text,
	"author_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"candidate_account_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"message" text DEFAULT '' NOT NULL,
	"cv_key" text,
	"cv_name" text,
	"cv_type" text,
	"cv_bytes" integer,
	"cv_sha256" text,
	"status" text DEFAULT 'recue' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"follow_token_hash" text,
	"reminder_sent_at" timestamp with time zone,
	"closing_notice_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidate_profiles" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"phone" text,
	"commune" text DEFAULT '' NOT NULL,
	"presentation" text DEFAULT '' NOT NULL,
	"cv_key" text,
	"cv_name" text,
	"cv_type" text,
	"cv_bytes" integer,
	"cv_sha256" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid,
	"email" text NOT NULL,
	"label" text NOT NULL,
	"query" jsonb NOT NULL,
	"confirm_token_hash" text,
	"confirmed_at" timestamp with time zone,
	"unsubscribe_token_hash" text NOT NULL,
	"unsubscribed_at" timestamp with time zone,
	"last_alert_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_pages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"intro_html" text DEFAULT '' NOT NULL,
	"featured_job_ids" uuid[] DEFAULT '{}' NOT NULL,
	"featured_portrait_ids" uuid[] DEFAULT '{}' NOT NULL,
	"area_commune" text DEFAULT '' NOT NULL,
	"area_latitude" double precision,
	"area_longitude" double precision,
	"area_radius_km" integer DEFAULT 30 NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_portraits" ADD CONSTRAINT "job_portraits_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_profiles" ADD CONSTRAINT "job_profiles_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_grid_steps" ADD CONSTRAINT "pay_grid_steps_grid_id_pay_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."pay_grids"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_grids" ADD CONSTRAINT "pay_grids_imported_by_accounts_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_profiles" ADD CONSTRAINT "employer_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_offers" ADD CONSTRAINT "job_offers_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_answer_rates" ADD CONSTRAINT "employer_answer_rates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_application_events" ADD CONSTRAINT "job_application_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_application_events" ADD CONSTRAINT "job_application_events_application_id_job_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."job_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_application_events" ADD CONSTRAINT "job_application_events_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_offer_id_job_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."job_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_profiles" ADD CONSTRAINT "candidate_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_pages" ADD CONSTRAINT "campaign_pages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_portraits_job_idx" ON "job_portraits" USING btree ("job_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "job_profiles_slug_key" ON "job_profiles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "job_profiles_code_rome_idx" ON "job_profiles" USING btree ("code_rome");--> statement-breakpoint
CREATE UNIQUE INDEX "pay_grids_name_valid_from_key" ON "pay_grids" USING btree ("name","valid_from");--> statement-breakpoint
CREATE INDEX "rome_appellations_code_rome_idx" ON "rome_appellations" USING btree ("code_rome");--> statement-breakpoint
CREATE UNIQUE INDEX "job_offers_slug_key" ON "job_offers" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "job_offers_organisation_idx" ON "job_offers" USING btree ("organisation_id","state","updated_at");--> statement-breakpoint
CREATE INDEX "job_offers_state_expires_idx" ON "job_offers" USING btree ("state","expires_at");--> statement-breakpoint
CREATE INDEX "job_application_events_application_idx" ON "job_application_events" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "job_applications_offer_idx" ON "job_applications" USING btree ("organisation_id","offer_id","created_at");--> statement-breakpoint
CREATE INDEX "job_applications_candidate_idx" ON "job_applications" USING btree ("candidate_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_applications_follow_key" ON "job_applications" USING btree ("follow_token_hash");--> statement-breakpoint
CREATE INDEX "saved_searches_account_idx" ON "saved_searches" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_searches_confirm_key" ON "saved_searches" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_searches_unsubscribe_key" ON "saved_searches" USING btree ("unsubscribe_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_pages_slug_key" ON "campaign_pages" USING btree ("slug");