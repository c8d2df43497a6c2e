import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Once written by hand, when the schema had no notion of trigram indexes: it created pg_trgm and the indexes.
 * The indexes now come from the collections' search declarations (src/db/searchIndexes.ts) through the
 * generated migration 20261127_072850_search_trigram_indexes, and the adapter creates pg_trgm itself
 * (`extensions`); this keeps only the extension, so databases migrated before and after end up the same.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The extension may serve other indexes; the generated migration's down drops the search indexes.
}
