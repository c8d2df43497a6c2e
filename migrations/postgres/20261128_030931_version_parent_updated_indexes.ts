import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_unit_profiles_v_parent_updated_idx" ON "_unit_profiles_v" USING btree ("parent_id","updated_at");
  CREATE INDEX "_news_v_parent_updated_idx" ON "_news_v" USING btree ("parent_id","updated_at");
  CREATE INDEX "_procedures_v_parent_updated_idx" ON "_procedures_v" USING btree ("parent_id","updated_at");
  CREATE INDEX "_legal_documents_v_parent_updated_idx" ON "_legal_documents_v" USING btree ("parent_id","updated_at");
  CREATE INDEX "_contacts_v_parent_updated_idx" ON "_contacts_v" USING btree ("parent_id","updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_unit_profiles_v_parent_updated_idx";
  DROP INDEX "_news_v_parent_updated_idx";
  DROP INDEX "_procedures_v_parent_updated_idx";
  DROP INDEX "_legal_documents_v_parent_updated_idx";
  DROP INDEX "_contacts_v_parent_updated_idx";`)
}
