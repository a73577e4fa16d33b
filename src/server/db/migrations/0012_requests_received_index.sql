-- The published commitments read a year of an organisation's requests: with the channel, the first
-- answer and the due day included, the index alone answers (an index-only scan, no table read).
CREATE INDEX "requests_received_idx" ON "requests" USING btree ("organisation_id","received_at") INCLUDE ("channel","first_answered_at","due_on");
