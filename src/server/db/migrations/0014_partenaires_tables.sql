CREATE TABLE "charter_signatures" (
	"organisation_id" uuid NOT NULL,
	"charter_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"signatory_name" text NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "charter_signatures_charter_id_structure_id_pk" PRIMARY KEY("charter_id","structure_id")
);
--> statement-breakpoint
CREATE TABLE "directory_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"submitted_by_organisation_id" uuid NOT NULL,
	"submitted_by" uuid,
	"entity" text NOT NULL,
	"entity_id" uuid,
	"before" jsonb,
	"after" jsonb NOT NULL,
	"status" text DEFAULT 'a_valider' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'en_cours' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "directory_places" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"address_input" text DEFAULT '' NOT NULL,
	"label" text,
	"postcode" text,
	"city" text,
	"citycode" text,
	"ban_id" text,
	"latitude" double precision,
	"longitude" double precision,
	"geocode_score" real,
	"geocode_status" text DEFAULT 'a_geocoder' NOT NULL,
	"opening_hours" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"hours_exceptions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"wheelchair_accessible" boolean DEFAULT false NOT NULL,
	"hearing_loop" boolean DEFAULT false NOT NULL,
	"access" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"place_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"sub_themes" text[] DEFAULT '{}' NOT NULL,
	"publics" text[] DEFAULT '{}' NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"access_conditions" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{"fr"}' NOT NULL,
	"referral_mode" text DEFAULT 'sans_rdv' NOT NULL,
	"what_to_bring" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"opening_hours" jsonb,
	"status" text DEFAULT 'publiee' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_structures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"partner_organisation_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"rna_id" text,
	"siret" text,
	"website" text,
	"email" text,
	"phone" text,
	"source" text DEFAULT 'saisie' NOT NULL,
	"status" text DEFAULT 'publiee' NOT NULL,
	"update_every_months" integer DEFAULT 6 NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stale_reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geocode_cache" (
	"query_key" text PRIMARY KEY NOT NULL,
	"result" jsonb,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_invitations" (
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"response" text DEFAULT 'invitee' NOT NULL,
	"participants" integer DEFAULT 0 NOT NULL,
	"attended" boolean,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "meeting_invitations_meeting_id_structure_id_pk" PRIMARY KEY("meeting_id","structure_id")
);
--> statement-breakpoint
CREATE TABLE "network_charters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "network_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"location" text DEFAULT '' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"minutes" text,
	"minutes_published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"partner_organisation_id" uuid,
	"request_id" uuid,
	"request_orientation_id" uuid,
	"service_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"shared" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sheet_language" text,
	"status" text DEFAULT 'envoyee' NOT NULL,
	"status_reason" text,
	"link_token_hash" text,
	"link_expires_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_charter_id_network_charters_id_fk" FOREIGN KEY ("charter_id") REFERENCES "public"."network_charters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_structure_id_directory_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."directory_structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD CONSTRAINT "charter_signatures_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_changes" ADD CONSTRAINT "directory_changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_changes" ADD CONSTRAINT "directory_changes_structure_id_directory_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."directory_structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_changes" ADD CONSTRAINT "directory_changes_submitted_by_organisation_id_organisations_id_fk" FOREIGN KEY ("submitted_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_changes" ADD CONSTRAINT "directory_changes_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_changes" ADD CONSTRAINT "directory_changes_reviewed_by_accounts_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_imports" ADD CONSTRAINT "directory_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_imports" ADD CONSTRAINT "directory_imports_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_places" ADD CONSTRAINT "directory_places_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_places" ADD CONSTRAINT "directory_places_structure_id_directory_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."directory_structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_structure_id_directory_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."directory_structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_place_id_directory_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."directory_places"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_structures" ADD CONSTRAINT "directory_structures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_structures" ADD CONSTRAINT "directory_structures_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_network_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_structure_id_directory_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."directory_structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_charters" ADD CONSTRAINT "network_charters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_charters" ADD CONSTRAINT "network_charters_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_request_orientation_id_request_orientations_id_fk" FOREIGN KEY ("request_orientation_id") REFERENCES "public"."request_orientations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_structure_id_directory_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."directory_structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_changes_pending_idx" ON "directory_changes" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "directory_imports_organisation_idx" ON "directory_imports" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "directory_places_structure_idx" ON "directory_places" USING btree ("structure_id");--> statement-breakpoint
CREATE INDEX "directory_places_position_idx" ON "directory_places" USING btree ("organisation_id","latitude","longitude");--> statement-breakpoint
CREATE INDEX "directory_services_structure_idx" ON "directory_services" USING btree ("structure_id");--> statement-breakpoint
CREATE INDEX "directory_services_search_trgm_idx" ON "directory_services" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "directory_services_themes_idx" ON "directory_services" USING gin ("themes");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_structures_rna_key" ON "directory_structures" USING btree ("organisation_id","rna_id");--> statement-breakpoint
CREATE INDEX "directory_structures_partner_idx" ON "directory_structures" USING btree ("partner_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_charters_version_key" ON "network_charters" USING btree ("organisation_id","version");--> statement-breakpoint
CREATE INDEX "network_meetings_organisation_idx" ON "network_meetings" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "referrals_organisation_idx" ON "referrals" USING btree ("organisation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "referrals_partner_idx" ON "referrals" USING btree ("partner_organisation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "referrals_structure_idx" ON "referrals" USING btree ("structure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_link_token_key" ON "referrals" USING btree ("link_token_hash");