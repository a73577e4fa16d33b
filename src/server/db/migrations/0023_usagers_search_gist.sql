DROP INDEX "usagers_search_text_trgm_idx";--> statement-breakpoint
CREATE INDEX "usagers_search_text_gist_idx" ON "usagers" USING gist ("search_text" gist_trgm_ops);