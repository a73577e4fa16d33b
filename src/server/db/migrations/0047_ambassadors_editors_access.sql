-- Ambassadors' profiles and their training modules are reviewed and written by platform editors: the
-- database now asks for the editor's role itself, as for the trainings' catalogue, instead of any member.
DROP POLICY ambassadors_read ON ambassadors;
--> statement-breakpoint
CREATE POLICY ambassadors_read ON ambassadors FOR SELECT TO lien_app
  USING (review_state = 'publie' OR account_id = app_account_id() OR app_content_editor());
--> statement-breakpoint
DROP POLICY ambassadors_review ON ambassadors;
--> statement-breakpoint
CREATE POLICY ambassadors_review ON ambassadors FOR UPDATE TO lien_app
  USING (app_content_editor()) WITH CHECK (app_content_editor());
--> statement-breakpoint
DROP POLICY ambassador_modules_read ON ambassador_modules;
--> statement-breakpoint
CREATE POLICY ambassador_modules_read ON ambassador_modules FOR SELECT TO lien_app
  USING (published OR app_content_editor());
--> statement-breakpoint
DROP POLICY ambassador_modules_write ON ambassador_modules;
--> statement-breakpoint
CREATE POLICY ambassador_modules_write ON ambassador_modules FOR ALL TO lien_app
  USING (app_content_editor()) WITH CHECK (app_content_editor());
--> statement-breakpoint
DROP POLICY ambassador_module_completions_review ON ambassador_module_completions;
--> statement-breakpoint
CREATE POLICY ambassador_module_completions_review ON ambassador_module_completions FOR SELECT TO lien_app
  USING (app_content_editor());
