import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Generated from the search declarations (src/db/searchIndexes.ts). Edited by hand only to say IF [NOT] EXISTS:
 * databases migrated before this carry the same indexes from the hand-written 20261126_181500_search_trigrams.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX IF NOT EXISTS "news_locales_text_key_trgm_idx" ON "news_locales" USING gin ("text_key" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "news_locales_title_key_trgm_idx" ON "news_locales" USING gin ("title_key" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "procedures_locales_text_key_trgm_idx" ON "procedures_locales" USING gin ("text_key" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "procedures_locales_title_key_trgm_idx" ON "procedures_locales" USING gin ("title_key" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "legal_documents_locales_text_key_trgm_idx" ON "legal_documents_locales" USING gin ("text_key" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "legal_documents_locales_title_key_trgm_idx" ON "legal_documents_locales" USING gin ("title_key" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "contacts_locales_text_key_trgm_idx" ON "contacts_locales" USING gin ("text_key" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "contacts_locales_title_key_trgm_idx" ON "contacts_locales" USING gin ("title_key" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "news_locales_text_key_trgm_idx";
  DROP INDEX IF EXISTS "news_locales_title_key_trgm_idx";
  DROP INDEX IF EXISTS "procedures_locales_text_key_trgm_idx";
  DROP INDEX IF EXISTS "procedures_locales_title_key_trgm_idx";
  DROP INDEX IF EXISTS "legal_documents_locales_text_key_trgm_idx";
  DROP INDEX IF EXISTS "legal_documents_locales_title_key_trgm_idx";
  DROP INDEX IF EXISTS "contacts_locales_text_key_trgm_idx";
  DROP INDEX IF EXISTS "contacts_locales_title_key_trgm_idx";`)
}
