CREATE TABLE "candidate_sign_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_sign_ups_token_key" ON "candidate_sign_ups" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "candidate_sign_ups_email_idx" ON "candidate_sign_ups" USING btree ("email");