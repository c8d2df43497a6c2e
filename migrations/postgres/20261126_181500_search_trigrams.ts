import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand (PostgreSQL only; Payload's schema has no notion of it): trigram indexes on the folded search
 * keys, so the search's `contains` (ILIKE '%word%') is answered from an index instead of reading every item's
 * text. pg_trgm ships with PostgreSQL and is a trusted extension (no superuser needed since PostgreSQL 13).
 */
const KEYED_TABLES = ['news_locales', 'procedures_locales', 'legal_documents_locales', 'contacts_locales']

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  for (const table of KEYED_TABLES) {
    for (const column of ['title_key', 'text_key']) {
      await db.execute(sql.raw(`CREATE INDEX IF NOT EXISTS "${table}_${column}_trgm_idx" ON "${table}" USING gin ("${column}" gin_trgm_ops)`))
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of KEYED_TABLES) {
    for (const column of ['title_key', 'text_key']) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${table}_${column}_trgm_idx"`))
  }
}
