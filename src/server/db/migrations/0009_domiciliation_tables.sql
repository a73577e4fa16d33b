CREATE TABLE "domiciliation_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"domiciliation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"agent_id" uuid,
	"mail_item_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "domiciliation_decisions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"domiciliation_id" uuid NOT NULL,
	"request_id" uuid,
	"kind" text NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by" uuid,
	"valid_from" date,
	"valid_until" date,
	"motive" text,
	"motive_detail" text,
	"orientation" text,
	"orientation_detail" text,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domiciliation_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"domiciliation_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "domiciliation_proxies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"domiciliation_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domiciliation_report_answers" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domiciliation_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"domiciliation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filed_on" date NOT NULL,
	"acknowledged_on" date,
	"deadline_on" date NOT NULL,
	"status" text DEFAULT 'instruction' NOT NULL,
	"interview_at" timestamp with time zone,
	"interviewer_id" uuid,
	"interview_place" text,
	"interview" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domiciliation_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"address_line" text,
	"postal_code" text,
	"city" text,
	"phone" text,
	"email" text,
	"agrement_number" text,
	"prefecture" text,
	"responsible_name" text,
	"responsible_function" text,
	"opening_hours" text,
	"notice_time" text DEFAULT '18:00' NOT NULL,
	"portal_enabled" boolean DEFAULT false NOT NULL,
	"last_file_number" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domiciliations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"usager_id" uuid NOT NULL,
	"file_number" integer NOT NULL,
	"first_domiciliation_on" date,
	"status" text DEFAULT 'instruction' NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"last_contact_at" timestamp with time zone,
	"forward_address" text,
	"forward_from" date,
	"forward_until" date,
	"npai_since" date,
	"portal_code_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"domiciliation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sender" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_by" uuid,
	"handed_over_at" timestamp with time zone,
	"handed_over_by" uuid,
	"proxy_id" uuid,
	"forwarded_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "domiciliation_contacts" ADD CONSTRAINT "domiciliation_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_contacts" ADD CONSTRAINT "domiciliation_contacts_domiciliation_id_domiciliations_id_fk" FOREIGN KEY ("domiciliation_id") REFERENCES "public"."domiciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_contacts" ADD CONSTRAINT "domiciliation_contacts_agent_id_accounts_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_contacts" ADD CONSTRAINT "domiciliation_contacts_mail_item_id_mail_items_id_fk" FOREIGN KEY ("mail_item_id") REFERENCES "public"."mail_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_decisions" ADD CONSTRAINT "domiciliation_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_decisions" ADD CONSTRAINT "domiciliation_decisions_domiciliation_id_domiciliations_id_fk" FOREIGN KEY ("domiciliation_id") REFERENCES "public"."domiciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_decisions" ADD CONSTRAINT "domiciliation_decisions_request_id_domiciliation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."domiciliation_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_decisions" ADD CONSTRAINT "domiciliation_decisions_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_decisions" ADD CONSTRAINT "domiciliation_decisions_cancelled_by_accounts_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_notices" ADD CONSTRAINT "domiciliation_notices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_notices" ADD CONSTRAINT "domiciliation_notices_domiciliation_id_domiciliations_id_fk" FOREIGN KEY ("domiciliation_id") REFERENCES "public"."domiciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_proxies" ADD CONSTRAINT "domiciliation_proxies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_proxies" ADD CONSTRAINT "domiciliation_proxies_domiciliation_id_domiciliations_id_fk" FOREIGN KEY ("domiciliation_id") REFERENCES "public"."domiciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_report_answers" ADD CONSTRAINT "domiciliation_report_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_requests" ADD CONSTRAINT "domiciliation_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_requests" ADD CONSTRAINT "domiciliation_requests_domiciliation_id_domiciliations_id_fk" FOREIGN KEY ("domiciliation_id") REFERENCES "public"."domiciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_requests" ADD CONSTRAINT "domiciliation_requests_interviewer_id_accounts_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_requests" ADD CONSTRAINT "domiciliation_requests_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliation_settings" ADD CONSTRAINT "domiciliation_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliations" ADD CONSTRAINT "domiciliations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domiciliations" ADD CONSTRAINT "domiciliations_usager_id_usagers_id_fk" FOREIGN KEY ("usager_id") REFERENCES "public"."usagers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_domiciliation_id_domiciliations_id_fk" FOREIGN KEY ("domiciliation_id") REFERENCES "public"."domiciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_received_by_accounts_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_handed_over_by_accounts_id_fk" FOREIGN KEY ("handed_over_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_items" ADD CONSTRAINT "mail_items_proxy_id_domiciliation_proxies_id_fk" FOREIGN KEY ("proxy_id") REFERENCES "public"."domiciliation_proxies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "domiciliation_contacts_file_idx" ON "domiciliation_contacts" USING btree ("domiciliation_id","at");--> statement-breakpoint
CREATE INDEX "domiciliation_contacts_report_idx" ON "domiciliation_contacts" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "domiciliation_decisions_file_idx" ON "domiciliation_decisions" USING btree ("domiciliation_id","decided_on");--> statement-breakpoint
CREATE INDEX "domiciliation_decisions_report_idx" ON "domiciliation_decisions" USING btree ("organisation_id","kind","decided_on");--> statement-breakpoint
CREATE INDEX "domiciliation_notices_file_idx" ON "domiciliation_notices" USING btree ("domiciliation_id","sent_at");--> statement-breakpoint
CREATE INDEX "domiciliation_proxies_file_idx" ON "domiciliation_proxies" USING btree ("domiciliation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "domiciliation_report_answers_key" ON "domiciliation_report_answers" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "domiciliation_requests_file_idx" ON "domiciliation_requests" USING btree ("domiciliation_id","filed_on");--> statement-breakpoint
CREATE INDEX "domiciliation_requests_deadline_idx" ON "domiciliation_requests" USING btree ("organisation_id","status","deadline_on");--> statement-breakpoint
CREATE UNIQUE INDEX "domiciliations_organisation_usager_key" ON "domiciliations" USING btree ("organisation_id","usager_id");--> statement-breakpoint
CREATE UNIQUE INDEX "domiciliations_organisation_file_number_key" ON "domiciliations" USING btree ("organisation_id","file_number");--> statement-breakpoint
CREATE INDEX "domiciliations_follow_up_idx" ON "domiciliations" USING btree ("organisation_id","status","valid_until");--> statement-breakpoint
CREATE INDEX "domiciliations_last_contact_idx" ON "domiciliations" USING btree ("organisation_id","last_contact_at");--> statement-breakpoint
CREATE INDEX "mail_items_waiting_idx" ON "mail_items" USING btree ("organisation_id","domiciliation_id","handed_over_at");--> statement-breakpoint
CREATE INDEX "mail_items_report_idx" ON "mail_items" USING btree ("organisation_id","received_at");