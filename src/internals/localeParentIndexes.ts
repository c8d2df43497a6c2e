type RawIndex = { name: string; on: string | string[]; unique?: boolean }
type RawTables = Record<string, { indexes?: Record<string, RawIndex>; name: string }>

const MAX_IDENTIFIER = 63

/**
 * Payload's SQL adapters index a `<collection>_locales` table on (`_locale`, `_parent_id`), but read a document's
 * locales by `_parent_id` alone, which that index cannot serve: every read of one news item scanned all news
 * locales (22 ms per read at 13,000 items on SQLite, growing with the table). This schema hook gives every
 * locales table, versions included, an index on `_parent_id`; migrations create them like any other index.
 */
export const indexLocaleParents = <Schema>(args: { schema: Schema }): Schema => {
  // The adapters pass themselves as `adapter` (Payload's documented way to reach rawTables); not all typings say so.
  const { rawTables } = (args as unknown as { adapter: { rawTables: RawTables } }).adapter
  const names = new Set<string>()
  for (const table of Object.values(rawTables)) {
    if (!table.name.endsWith('_locales')) continue
    const name = `${table.name.slice(0, MAX_IDENTIFIER - '_parent_idx'.length)}_parent_idx`
    if (names.has(name))
      throw new Error(`Two locales tables would share the index name ${name}: give one a shorter dbName.`)
    names.add(name)
    table.indexes = { ...table.indexes, _parentIdx: { name, on: '_parentID' } }
  }
  return args.schema
}
