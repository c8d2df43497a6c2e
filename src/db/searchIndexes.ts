import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { searchSpecOf } from '../declaration'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** The folded search keys of a searchable collection, as their columns are named in its `_locales` table. */
const KEY_COLUMNS = { textKey: 'text_key', titleKey: 'title_key' } as const

/**
 * On PostgreSQL, every collection declared with `search` gets a trigram index (pg_trgm, GIN) on each of its
 * folded keys, so the search's `contains` (ILIKE '%word%') is answered from an index instead of reading every
 * item's text. The indexes are part of the schema, so `npm run migrate:create` writes them for a new searchable
 * collection like any other index. SQLite has no trigram index (its search stays a scan; see bench/README.md).
 */
export const indexSearchKeys: SchemaHook = ({ adapter, extendTable, schema }) => {
  for (const collection of adapter.payload.config.collections) {
    if (!searchSpecOf(collection)) continue
    const name = `${collection.dbName && typeof collection.dbName === 'string' ? collection.dbName : collection.slug.replace(/-/g, '_')}_locales`
    const table = schema.tables[name]
    if (!table)
      throw new Error(
        `Search indexes: collection "${collection.slug}" has no table ${name} (its search keys are localized).`,
      )
    extendTable({
      extraConfig: (columns) =>
        Object.fromEntries(
          Object.entries(KEY_COLUMNS).map(([key, column]) => [
            `${key}Trigram`,
            index(`${name}_${column}_trgm_idx`).using('gin', columns[key]!.op('gin_trgm_ops')),
          ]),
        ),
      table,
    })
  }
  return schema
}
