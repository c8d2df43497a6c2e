import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "units_locales_parent_idx" ON "units_locales" USING btree ("_parent_id");
  CREATE INDEX "unit_profiles_leaders_locales_parent_idx" ON "unit_profiles_leaders_locales" USING btree ("_parent_id");
  CREATE INDEX "unit_profiles_locales_parent_idx" ON "unit_profiles_locales" USING btree ("_parent_id");
  CREATE INDEX "_unit_profiles_v_version_leaders_locales_parent_idx" ON "_unit_profiles_v_version_leaders_locales" USING btree ("_parent_id");
  CREATE INDEX "_unit_profiles_v_locales_parent_idx" ON "_unit_profiles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "news_locales_parent_idx" ON "news_locales" USING btree ("_parent_id");
  CREATE INDEX "_news_v_locales_parent_idx" ON "_news_v_locales" USING btree ("_parent_id");
  CREATE INDEX "news_categories_locales_parent_idx" ON "news_categories_locales" USING btree ("_parent_id");
  CREATE INDEX "procedures_steps_locales_parent_idx" ON "procedures_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "procedures_submission_methods_locales_parent_idx" ON "procedures_submission_methods_locales" USING btree ("_parent_id");
  CREATE INDEX "procedures_required_documents_locales_parent_idx" ON "procedures_required_documents_locales" USING btree ("_parent_id");
  CREATE INDEX "procedures_locales_parent_idx" ON "procedures_locales" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_steps_locales_parent_idx" ON "_procedures_v_version_steps_locales" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_submission_methods_locales_parent_idx" ON "_procedures_v_version_submission_methods_locales" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_required_documents_locales_parent_idx" ON "_procedures_v_version_required_documents_locales" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_locales_parent_idx" ON "_procedures_v_locales" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_locales_parent_idx" ON "legal_documents_locales" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_locales_parent_idx" ON "_legal_documents_v_locales" USING btree ("_parent_id");
  CREATE INDEX "contacts_locales_parent_idx" ON "contacts_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "files_locales_parent_idx" ON "files_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "units_locales_parent_idx";
  DROP INDEX "unit_profiles_leaders_locales_parent_idx";
  DROP INDEX "unit_profiles_locales_parent_idx";
  DROP INDEX "_unit_profiles_v_version_leaders_locales_parent_idx";
  DROP INDEX "_unit_profiles_v_locales_parent_idx";
  DROP INDEX "news_locales_parent_idx";
  DROP INDEX "_news_v_locales_parent_idx";
  DROP INDEX "news_categories_locales_parent_idx";
  DROP INDEX "procedures_steps_locales_parent_idx";
  DROP INDEX "procedures_submission_methods_locales_parent_idx";
  DROP INDEX "procedures_required_documents_locales_parent_idx";
  DROP INDEX "procedures_locales_parent_idx";
  DROP INDEX "_procedures_v_version_steps_locales_parent_idx";
  DROP INDEX "_procedures_v_version_submission_methods_locales_parent_idx";
  DROP INDEX "_procedures_v_version_required_documents_locales_parent_idx";
  DROP INDEX "_procedures_v_locales_parent_idx";
  DROP INDEX "legal_documents_locales_parent_idx";
  DROP INDEX "_legal_documents_v_locales_parent_idx";
  DROP INDEX "contacts_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "files_locales_parent_idx";`)
}
