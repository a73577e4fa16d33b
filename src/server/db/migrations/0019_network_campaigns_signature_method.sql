CREATE TABLE "directory_update_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" uuid,
	"message" text DEFAULT '' NOT NULL,
	"reminded" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "charter_signatures" ADD COLUMN "method" text DEFAULT 'en_ligne' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_update_campaigns" ADD CONSTRAINT "directory_update_campaigns_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_update_campaigns" ADD CONSTRAINT "directory_update_campaigns_started_by_accounts_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_update_campaigns_organisation_idx" ON "directory_update_campaigns" USING btree ("organisation_id","started_at");