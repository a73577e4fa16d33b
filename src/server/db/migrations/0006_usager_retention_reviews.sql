CREATE TABLE "usager_retention_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"retention_months" integer NOT NULL,
	"usager_ids" uuid[] DEFAULT '{}' NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "usager_retention_reviews" ADD CONSTRAINT "usager_retention_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "usager_retention_reviews_organisation_idx" ON "usager_retention_reviews" USING btree ("organisation_id","reviewed_at");