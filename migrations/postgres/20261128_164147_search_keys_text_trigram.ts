import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "news_locales_keys_trgm_idx" ON "news_locales" USING gin ((coalesce("title_key", '') || ' ' || coalesce("text_key", '')) gin_trgm_ops);
  CREATE INDEX "procedures_locales_keys_trgm_idx" ON "procedures_locales" USING gin ((coalesce("title_key", '') || ' ' || coalesce("text_key", '')) gin_trgm_ops);
  CREATE INDEX "legal_documents_locales_keys_trgm_idx" ON "legal_documents_locales" USING gin ((coalesce("title_key", '') || ' ' || coalesce("text_key", '')) gin_trgm_ops);
  CREATE INDEX "contacts_locales_keys_trgm_idx" ON "contacts_locales" USING gin ((coalesce("title_key", '') || ' ' || coalesce("text_key", '')) gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "news_locales_keys_trgm_idx";
  DROP INDEX "procedures_locales_keys_trgm_idx";
  DROP INDEX "legal_documents_locales_keys_trgm_idx";
  DROP INDEX "contacts_locales_keys_trgm_idx";`)
}
