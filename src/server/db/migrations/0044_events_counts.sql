ALTER TABLE "metiers_events" ADD COLUMN "place_warning" text;--> statement-breakpoint
ALTER TABLE "metiers_events" ADD COLUMN "registered_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "metiers_events" ADD COLUMN "waiting_count" integer DEFAULT 0 NOT NULL;