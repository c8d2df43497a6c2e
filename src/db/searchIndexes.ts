import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { CollectionConfig, Payload } from 'payload'

import { searchSpecOf } from '../declaration'
import { tablesOf } from '../internals/payloadTables'
import { searchedItemColumns, searchKeysText } from '../internals/publicSearchSql'
import { adapterName } from '../internals/sqlAdapter'
import { ensureSqliteFullText } from '../internals/sqliteFullText'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The folded search keys of a searchable collection, as their columns are named in its `_locales` table. */
const KEY_COLUMNS = { textKey: 'text_key', titleKey: 'title_key' } as const

/** The table holding a searchable collection's search keys (they are localized): `<table>_locales`. */
export const searchKeysTableOf = (collection: Pick<CollectionConfig, 'dbName' | 'slug'>): string =>
  `${collection.dbName && typeof collection.dbName === 'string' ? collection.dbName : collection.slug.replace(/-/g, '_')}_locales`

const searchable = (collections: CollectionConfig[]) => collections.filter((collection) => searchSpecOf(collection))

/**
 * On SQLite, every collection declared with `search` gets an FTS5 index of its folded keys (trigram tokenizer),
 * kept by triggers (src/internals/sqliteFullText.ts). It is made at start, from the declarations, rather than by
 * a migration: a new searchable collection gets one without a migration of its own, and an index whose triggers a
 * table rebuild dropped is rebuilt. Returns the collections whose index was (re)built.
 */
export const ensureFullTextIndexes = async (payload: Payload): Promise<string[]> => {
  const collections = searchable(payload.config.collections)
  if (adapterName(payload) !== 'sqlite') return []
  const built = await ensureSqliteFullText(
    payload,
    collections.map((collection) => {
      const { locales, main } = tablesOf(payload, collection.slug)
      const columns = searchedItemColumns(payload, collection.slug, searchSpecOf(collection)!.date)
      return {
        // What a search filters and orders its matches by, copied beside the keys (src/internals/publicSearchSql.ts).
        item: { columns, parent: locales.parent, table: main.name },
        // Payload's columns of a `_locales` row: the item it belongs to and its locale; the title key ranks hits.
        kept: [locales.parent, locales.locale, KEY_COLUMNS.titleKey],
        searched: [KEY_COLUMNS.titleKey, KEY_COLUMNS.textKey],
        table: searchKeysTableOf(collection),
      }
    }),
  )
  return collections.filter((collection) => built.includes(searchKeysTableOf(collection))).map(({ slug }) => slug)
}

/**
 * On PostgreSQL, every collection declared with `search` gets a trigram index (pg_trgm, GIN) on each of its
 * folded keys and one on both as one text (what a visitor's search matches), so the search's `contains` (ILIKE '%word%') is answered from an index instead of reading every
 * item's text. The indexes are part of the schema, so `npm run migrate:create` writes them for a new searchable
 * collection like any other index. SQLite gets FTS5 instead (`ensureFullTextIndexes`).
 */
export const indexSearchKeys: SchemaHook = ({ adapter, extendTable, schema }) => {
  for (const collection of searchable(adapter.payload.config.collections)) {
    const name = searchKeysTableOf(collection)
    const table = schema.tables[name]
    if (!table)
      throw new Error(
        `Search indexes: collection "${collection.slug}" has no table ${name} (its search keys are localized).`,
      )
    extendTable({
      extraConfig: (columns) => ({
        ...Object.fromEntries(
          Object.entries(KEY_COLUMNS).map(([key, column]) => [
            `${key}Trigram`,
            index(`${name}_${column}_trgm_idx`).using('gin', columns[key]!.op('gin_trgm_ops')),
          ]),
        ),
        // Both keys as one text: what a visitor's search matches (src/internals/publicSearchSql.ts).
        keysTrigram: index(`${name}_keys_trgm_idx`).using(
          'gin',
          sql`${searchKeysText(KEY_COLUMNS.titleKey, KEY_COLUMNS.textKey)} gin_trgm_ops`,
        ),
      }),
      table,
    })
  }
  return schema
}
