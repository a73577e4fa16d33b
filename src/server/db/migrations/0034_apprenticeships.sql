CREATE TABLE "apprenticeship_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"candidate_account_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"initiated_by" text NOT NULL,
	"initiator_account_id" uuid,
	"state" text DEFAULT 'demandee' NOT NULL,
	"outcome" text,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apprenticeship_match_mails" (
	"seat_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"side" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apprenticeship_matches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"candidate_account_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"distance_km" double precision NOT NULL,
	"reasons" text[] DEFAULT '{}' NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apprenticeship_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"candidate_account_id" uuid NOT NULL,
	"author_side" text NOT NULL,
	"author_account_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apprenticeship_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"candidate_account_id" uuid NOT NULL,
	"initial" text DEFAULT '' NOT NULL,
	"job_ids" uuid[] NOT NULL,
	"code_romes" text[] NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"mobility_km" integer,
	"mobility_minutes" integer,
	"travel_mode" text,
	"start_month" text NOT NULL,
	"training_centre_id" uuid,
	"presentation" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'active' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apprenticeship_seats" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"code_rome" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text NOT NULL,
	"commune" text NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"start_month" text NOT NULL,
	"duration_months" integer NOT NULL,
	"diploma" text NOT NULL,
	"training_centre_ids" uuid[] DEFAULT '{}' NOT NULL,
	"tutor_name" text NOT NULL,
	"tutor_job" text NOT NULL,
	"seats" integer DEFAULT 1 NOT NULL,
	"state" text DEFAULT 'brouillon' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mallette_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"file_key" text,
	"file_name" text,
	"file_size" integer,
	"external_url" text,
	"document_date" date NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_centre_sites" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text DEFAULT '' NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
CREATE TABLE "training_centres" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"uai" text,
	"siret" text,
	"website" text,
	"email" text,
	"phone" text,
	"description" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text DEFAULT '' NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"accessibility_note" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"site_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"seats" integer,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text DEFAULT '' NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"diploma" text DEFAULT '' NOT NULL,
	"rncp_code" text,
	"rncp_level" integer,
	"job_ids" uuid[] DEFAULT '{}' NOT NULL,
	"routes" text[] DEFAULT '{}' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"duration" text DEFAULT '' NOT NULL,
	"cost" text DEFAULT '' NOT NULL,
	"funding_tags" text[] DEFAULT '{}' NOT NULL,
	"prerequisites" text DEFAULT '' NOT NULL,
	"admission" text[] DEFAULT '{}' NOT NULL,
	"admission_note" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "welcome_kit_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text NOT NULL,
	"file_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "welcome_kits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"welcome_text" text DEFAULT '' NOT NULL,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mallette_document_ids" uuid[] DEFAULT '{}' NOT NULL,
	"share_token" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "welcome_kits_organisation_id_unique" UNIQUE("organisation_id")
);
--> statement-breakpoint
CREATE TABLE "immersion_conventions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"beneficiary_birth_date" date,
	"beneficiary_address" text DEFAULT '' NOT NULL,
	"host_name" text DEFAULT '' NOT NULL,
	"host_siret" text DEFAULT '' NOT NULL,
	"host_address" text DEFAULT '' NOT NULL,
	"host_signatory" text DEFAULT '' NOT NULL,
	"tutor_name" text DEFAULT '' NOT NULL,
	"tutor_job" text DEFAULT '' NOT NULL,
	"tutor_contact" text DEFAULT '' NOT NULL,
	"prescriber_type" text,
	"prescriber_name" text DEFAULT '' NOT NULL,
	"prescriber_advisor" text DEFAULT '' NOT NULL,
	"prescriber_contact" text DEFAULT '' NOT NULL,
	"objective" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"daily_hours" text DEFAULT '' NOT NULL,
	"weekly_hours" integer,
	"activities" text DEFAULT '' NOT NULL,
	"skills_observed" text DEFAULT '' NOT NULL,
	"risk_prevention" text DEFAULT '' NOT NULL,
	"insurance" text DEFAULT '' NOT NULL,
	"signature_place" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "immersion_offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"title" text NOT NULL,
	"activities" text NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"schedule" text NOT NULL,
	"available_from" date NOT NULL,
	"available_to" date NOT NULL,
	"capacity" integer NOT NULL,
	"max_days" integer DEFAULT 10 NOT NULL,
	"tutor_name" text NOT NULL,
	"tutor_job" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text NOT NULL,
	"commune" text NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "immersion_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_account_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"objective" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"state" text DEFAULT 'demandee' NOT NULL,
	"refusal_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"outcome" text,
	"assessment" text,
	"outcome_recorded_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"outcome_asked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"candidate_account_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"accessibility_needs" text DEFAULT '' NOT NULL,
	"state" text NOT NULL,
	"attended" boolean,
	"attendance_marked_at" timestamp with time zone,
	"cancel_token_hash" text NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metiers_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description_html" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"online_url" text,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text DEFAULT '' NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"capacity" integer,
	"registration_deadline" timestamp with time zone,
	"job_ids" uuid[] DEFAULT '{}' NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"series_id" uuid,
	"revision" integer DEFAULT 0 NOT NULL,
	"replay_url" text,
	"replay_captions_url" text,
	"replay_transcript" text,
	"replay_public" boolean DEFAULT false NOT NULL,
	"day_reminder_sent_at" timestamp with time zone,
	"hour_reminder_sent_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ambassador_bookings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ambassador_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"candidate_account_id" uuid,
	"requester_kind" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_organisation" text DEFAULT '' NOT NULL,
	"requester_email" text NOT NULL,
	"requester_phone" text,
	"format" text NOT NULL,
	"wished_dates" text DEFAULT '' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'demandee' NOT NULL,
	"answer_message" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ambassador_module_completions" (
	"ambassador_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ambassador_module_completions_ambassador_id_module_id_pk" PRIMARY KEY("ambassador_id","module_id")
);
--> statement-breakpoint
CREATE TABLE "ambassador_modules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "ambassadors" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"organisation_id" uuid,
	"job_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"employer_type" text NOT NULL,
	"years_in_job" integer DEFAULT 0 NOT NULL,
	"story" text DEFAULT '' NOT NULL,
	"photo_key" text,
	"photo_alt" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{"fr"}' NOT NULL,
	"formats" text[] DEFAULT '{}' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"radius_km" integer DEFAULT 20 NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"review_state" text DEFAULT 'brouillon' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidate_fiche_reads" (
	"candidate_account_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"first_read_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_read_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "candidate_fiche_reads_candidate_account_id_job_id_pk" PRIMARY KEY("candidate_account_id","job_id")
);
--> statement-breakpoint
CREATE TABLE "discovery_path_jobs" (
	"candidate_account_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"marked_steps" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discovery_path_jobs_candidate_account_id_job_id_pk" PRIMARY KEY("candidate_account_id","job_id")
);
--> statement-breakpoint
CREATE TABLE "listening_callbacks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"reference" text NOT NULL,
	"first_name" text,
	"phone" text,
	"email" text,
	"topic" text,
	"consent_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'reserve' NOT NULL,
	"cancel_token_hash" text NOT NULL,
	"called_back_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listening_slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"slot_minutes" integer NOT NULL,
	"listener_account_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "living_places" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"rent_min" integer,
	"rent_max" integer,
	"conditions" text DEFAULT '' NOT NULL,
	"opening_hours" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"age_min_months" integer,
	"age_max_months" integer,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "point_de_chute_places" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"opening_hours" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"hours_exceptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"access_instructions" text DEFAULT '' NOT NULL,
	"access_code" text DEFAULT '' NOT NULL,
	"facilities" text[] DEFAULT '{}' NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agrement_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"candidate_account_id" uuid,
	"referent_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date,
	"email" text NOT NULL,
	"phone" text,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text DEFAULT '' NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"household" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"housing_type" text,
	"housing_rooms" integer,
	"housing_spare_rooms" integer,
	"current_job" text DEFAULT '' NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"children_wished" integer,
	"ages_wished_min" integer,
	"ages_wished_max" integer,
	"documents" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"step" text DEFAULT 'demande_information' NOT NULL,
	"complete_on" date,
	"extended_on" date,
	"extension_motive" text,
	"decision_due_on" date,
	"decision" text,
	"decision_on" date,
	"decision_motive" text,
	"approved_children" integer,
	"approved_age_min" integer,
	"approved_age_max" integer,
	"valid_until" date,
	"first_placement_on" date,
	"reminder_30_sent_at" timestamp with time zone,
	"reminder_7_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agrement_meeting_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"candidate_account_id" uuid,
	"state" text DEFAULT 'inscrit' NOT NULL,
	"attended" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agrement_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL,
	"mode" text NOT NULL,
	"visio_url" text,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"commune" text DEFAULT '' NOT NULL,
	"commune_insee" text,
	"latitude" double precision,
	"longitude" double precision,
	"capacity" integer NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agrement_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"done_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"author_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agrement_training_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"title" text NOT NULL,
	"done_on" date NOT NULL,
	"hours" integer NOT NULL,
	"author_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_profile_views" (
	"job_id" uuid NOT NULL,
	"departement" text DEFAULT '' NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "job_profile_views_day_job_id_departement_pk" PRIMARY KEY("day","job_id","departement")
);
--> statement-breakpoint
CREATE TABLE "metiers_platform_settings" (
	"id" text PRIMARY KEY DEFAULT 'plateforme' NOT NULL,
	"contact_organisation_id" uuid,
	"secrecy_threshold" integer DEFAULT 5 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metiers_platform_settings_single" CHECK ("metiers_platform_settings"."id" = 'plateforme'),
	CONSTRAINT "metiers_platform_settings_threshold" CHECK ("metiers_platform_settings"."secrecy_threshold" between 2 and 50)
);
--> statement-breakpoint
ALTER TABLE "apprenticeship_contacts" ADD CONSTRAINT "apprenticeship_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_contacts" ADD CONSTRAINT "apprenticeship_contacts_seat_id_apprenticeship_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."apprenticeship_seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_contacts" ADD CONSTRAINT "apprenticeship_contacts_request_id_apprenticeship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."apprenticeship_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_contacts" ADD CONSTRAINT "apprenticeship_contacts_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_contacts" ADD CONSTRAINT "apprenticeship_contacts_initiator_account_id_accounts_id_fk" FOREIGN KEY ("initiator_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_match_mails" ADD CONSTRAINT "apprenticeship_match_mails_seat_id_apprenticeship_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."apprenticeship_seats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_match_mails" ADD CONSTRAINT "apprenticeship_match_mails_request_id_apprenticeship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."apprenticeship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_matches" ADD CONSTRAINT "apprenticeship_matches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_matches" ADD CONSTRAINT "apprenticeship_matches_seat_id_apprenticeship_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."apprenticeship_seats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_matches" ADD CONSTRAINT "apprenticeship_matches_request_id_apprenticeship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."apprenticeship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_matches" ADD CONSTRAINT "apprenticeship_matches_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_messages" ADD CONSTRAINT "apprenticeship_messages_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_messages" ADD CONSTRAINT "apprenticeship_messages_contact_id_apprenticeship_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."apprenticeship_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_messages" ADD CONSTRAINT "apprenticeship_messages_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_messages" ADD CONSTRAINT "apprenticeship_messages_author_account_id_accounts_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_requests" ADD CONSTRAINT "apprenticeship_requests_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_seats" ADD CONSTRAINT "apprenticeship_seats_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_seats" ADD CONSTRAINT "apprenticeship_seats_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apprenticeship_seats" ADD CONSTRAINT "apprenticeship_seats_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_centre_sites" ADD CONSTRAINT "training_centre_sites_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_centre_sites" ADD CONSTRAINT "training_centre_sites_centre_id_training_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."training_centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_centres" ADD CONSTRAINT "training_centres_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_site_id_training_centre_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."training_centre_sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_centre_id_training_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."training_centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welcome_kit_files" ADD CONSTRAINT "welcome_kit_files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welcome_kit_files" ADD CONSTRAINT "welcome_kit_files_kit_id_welcome_kits_id_fk" FOREIGN KEY ("kit_id") REFERENCES "public"."welcome_kits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "welcome_kits" ADD CONSTRAINT "welcome_kits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_conventions" ADD CONSTRAINT "immersion_conventions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_conventions" ADD CONSTRAINT "immersion_conventions_request_id_immersion_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."immersion_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_conventions" ADD CONSTRAINT "immersion_conventions_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_offers" ADD CONSTRAINT "immersion_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_offers" ADD CONSTRAINT "immersion_offers_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_offers" ADD CONSTRAINT "immersion_offers_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_requests" ADD CONSTRAINT "immersion_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_requests" ADD CONSTRAINT "immersion_requests_offer_id_immersion_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."immersion_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_requests" ADD CONSTRAINT "immersion_requests_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_requests" ADD CONSTRAINT "immersion_requests_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "immersion_requests" ADD CONSTRAINT "immersion_requests_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_metiers_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."metiers_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metiers_events" ADD CONSTRAINT "metiers_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metiers_events" ADD CONSTRAINT "metiers_events_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_bookings" ADD CONSTRAINT "ambassador_bookings_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_bookings" ADD CONSTRAINT "ambassador_bookings_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_bookings" ADD CONSTRAINT "ambassador_bookings_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_module_completions" ADD CONSTRAINT "ambassador_module_completions_ambassador_id_ambassadors_id_fk" FOREIGN KEY ("ambassador_id") REFERENCES "public"."ambassadors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_module_completions" ADD CONSTRAINT "ambassador_module_completions_module_id_ambassador_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."ambassador_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassador_modules" ADD CONSTRAINT "ambassador_modules_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_reviewed_by_accounts_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_fiche_reads" ADD CONSTRAINT "candidate_fiche_reads_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_fiche_reads" ADD CONSTRAINT "candidate_fiche_reads_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_path_jobs" ADD CONSTRAINT "discovery_path_jobs_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_path_jobs" ADD CONSTRAINT "discovery_path_jobs_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_callbacks" ADD CONSTRAINT "listening_callbacks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_callbacks" ADD CONSTRAINT "listening_callbacks_slot_id_listening_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."listening_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_slots" ADD CONSTRAINT "listening_slots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listening_slots" ADD CONSTRAINT "listening_slots_listener_account_id_accounts_id_fk" FOREIGN KEY ("listener_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "living_places" ADD CONSTRAINT "living_places_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_de_chute_places" ADD CONSTRAINT "point_de_chute_places_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_applications" ADD CONSTRAINT "agrement_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_applications" ADD CONSTRAINT "agrement_applications_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_applications" ADD CONSTRAINT "agrement_applications_referent_id_accounts_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_meeting_registrations" ADD CONSTRAINT "agrement_meeting_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_meeting_registrations" ADD CONSTRAINT "agrement_meeting_registrations_meeting_id_agrement_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agrement_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_meeting_registrations" ADD CONSTRAINT "agrement_meeting_registrations_application_id_agrement_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."agrement_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_meeting_registrations" ADD CONSTRAINT "agrement_meeting_registrations_candidate_account_id_accounts_id_fk" FOREIGN KEY ("candidate_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_meetings" ADD CONSTRAINT "agrement_meetings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_steps" ADD CONSTRAINT "agrement_steps_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_steps" ADD CONSTRAINT "agrement_steps_application_id_agrement_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."agrement_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_steps" ADD CONSTRAINT "agrement_steps_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_training_sessions" ADD CONSTRAINT "agrement_training_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_training_sessions" ADD CONSTRAINT "agrement_training_sessions_application_id_agrement_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."agrement_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agrement_training_sessions" ADD CONSTRAINT "agrement_training_sessions_author_id_accounts_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_profile_views" ADD CONSTRAINT "job_profile_views_job_id_job_profiles_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metiers_platform_settings" ADD CONSTRAINT "metiers_platform_settings_contact_organisation_id_organisations_id_fk" FOREIGN KEY ("contact_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metiers_platform_settings" ADD CONSTRAINT "metiers_platform_settings_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "apprenticeship_contacts_pair_key" ON "apprenticeship_contacts" USING btree ("seat_id","request_id");--> statement-breakpoint
CREATE INDEX "apprenticeship_contacts_organisation_idx" ON "apprenticeship_contacts" USING btree ("organisation_id","state","updated_at");--> statement-breakpoint
CREATE INDEX "apprenticeship_contacts_candidate_idx" ON "apprenticeship_contacts" USING btree ("candidate_account_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "apprenticeship_match_mails_key" ON "apprenticeship_match_mails" USING btree ("seat_id","request_id","side");--> statement-breakpoint
CREATE UNIQUE INDEX "apprenticeship_matches_pair_key" ON "apprenticeship_matches" USING btree ("seat_id","request_id");--> statement-breakpoint
CREATE INDEX "apprenticeship_matches_request_idx" ON "apprenticeship_matches" USING btree ("request_id","score");--> statement-breakpoint
CREATE INDEX "apprenticeship_matches_seat_idx" ON "apprenticeship_matches" USING btree ("organisation_id","seat_id","score");--> statement-breakpoint
CREATE INDEX "apprenticeship_messages_contact_idx" ON "apprenticeship_messages" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "apprenticeship_requests_candidate_key" ON "apprenticeship_requests" USING btree ("candidate_account_id");--> statement-breakpoint
CREATE INDEX "apprenticeship_requests_state_idx" ON "apprenticeship_requests" USING btree ("state");--> statement-breakpoint
CREATE INDEX "apprenticeship_seats_organisation_idx" ON "apprenticeship_seats" USING btree ("organisation_id","state","updated_at");--> statement-breakpoint
CREATE INDEX "apprenticeship_seats_state_idx" ON "apprenticeship_seats" USING btree ("state","job_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mallette_documents_slug_key" ON "mallette_documents" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "training_centre_sites_centre_idx" ON "training_centre_sites" USING btree ("centre_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_centres_slug_key" ON "training_centres" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "training_centres_organisation_idx" ON "training_centres" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_sessions_training_idx" ON "training_sessions" USING btree ("training_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "trainings_slug_key" ON "trainings" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "trainings_centre_idx" ON "trainings" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "trainings_organisation_idx" ON "trainings" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "welcome_kit_files_kit_idx" ON "welcome_kit_files" USING btree ("kit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "immersion_conventions_request_key" ON "immersion_conventions" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "immersion_offers_organisation_idx" ON "immersion_offers" USING btree ("organisation_id","updated_at");--> statement-breakpoint
CREATE INDEX "immersion_offers_public_idx" ON "immersion_offers" USING btree ("published","available_to");--> statement-breakpoint
CREATE INDEX "immersion_offers_job_idx" ON "immersion_offers" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "immersion_requests_organisation_idx" ON "immersion_requests" USING btree ("organisation_id","state","created_at");--> statement-breakpoint
CREATE INDEX "immersion_requests_offer_idx" ON "immersion_requests" USING btree ("offer_id","state","start_date");--> statement-breakpoint
CREATE INDEX "immersion_requests_candidate_idx" ON "immersion_requests" USING btree ("candidate_account_id");--> statement-breakpoint
CREATE INDEX "immersion_requests_dates_idx" ON "immersion_requests" USING btree ("state","start_date","end_date");--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("organisation_id","event_id","state","created_at");--> statement-breakpoint
CREATE INDEX "event_registrations_candidate_idx" ON "event_registrations" USING btree ("candidate_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_cancel_key" ON "event_registrations" USING btree ("cancel_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_person_key" ON "event_registrations" USING btree ("event_id","email") WHERE state <> 'annule';--> statement-breakpoint
CREATE UNIQUE INDEX "metiers_events_slug_key" ON "metiers_events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "metiers_events_published_idx" ON "metiers_events" USING btree ("published","starts_at");--> statement-breakpoint
CREATE INDEX "metiers_events_organisation_idx" ON "metiers_events" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "metiers_events_series_idx" ON "metiers_events" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "ambassador_bookings_ambassador_idx" ON "ambassador_bookings" USING btree ("ambassador_id","created_at");--> statement-breakpoint
CREATE INDEX "ambassador_bookings_candidate_idx" ON "ambassador_bookings" USING btree ("candidate_account_id");--> statement-breakpoint
CREATE INDEX "ambassador_bookings_job_idx" ON "ambassador_bookings" USING btree ("job_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "ambassadors_account_key" ON "ambassadors" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "ambassadors_job_idx" ON "ambassadors" USING btree ("job_id","review_state");--> statement-breakpoint
CREATE INDEX "ambassadors_place_idx" ON "ambassadors" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE UNIQUE INDEX "listening_callbacks_taken_key" ON "listening_callbacks" USING btree ("slot_id","starts_at") WHERE state <> 'annule';--> statement-breakpoint
CREATE INDEX "listening_callbacks_organisation_idx" ON "listening_callbacks" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "listening_slots_organisation_idx" ON "listening_slots" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "living_places_organisation_idx" ON "living_places" USING btree ("organisation_id","category");--> statement-breakpoint
CREATE INDEX "point_de_chute_places_organisation_idx" ON "point_de_chute_places" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "agrement_applications_org_idx" ON "agrement_applications" USING btree ("organisation_id","step","decision_due_on");--> statement-breakpoint
CREATE INDEX "agrement_applications_candidate_idx" ON "agrement_applications" USING btree ("candidate_account_id");--> statement-breakpoint
CREATE INDEX "agrement_applications_due_idx" ON "agrement_applications" USING btree ("decision_due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "agrement_meeting_registrations_key" ON "agrement_meeting_registrations" USING btree ("meeting_id","application_id");--> statement-breakpoint
CREATE INDEX "agrement_meeting_registrations_candidate_idx" ON "agrement_meeting_registrations" USING btree ("candidate_account_id");--> statement-breakpoint
CREATE INDEX "agrement_meetings_org_idx" ON "agrement_meetings" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "agrement_steps_application_idx" ON "agrement_steps" USING btree ("application_id","done_on");--> statement-breakpoint
CREATE INDEX "agrement_training_application_idx" ON "agrement_training_sessions" USING btree ("application_id","done_on");