import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { PayloadRequest } from 'payload'

import type { Id } from '../base/ids'
import { col, id, isSqlAdapter, runStatement, tablesOf } from './payloadTables'

/** Which items one offering counts (src/fieldCounts/store.ts), and how to read the counted field. */
export type OfferingToCount = {
  collection: string
  /** Only published items (collections with drafts). */
  drafts: boolean
  field: string
  /** Locales counted, and the one a locale without a value falls back to. */
  locales: { fallback: string; list: readonly string[] }
  /** Items of the unit marked (`showOnSubunits`) for this level; all of the unit's items when absent. */
  marked?: string
  unit: Id
}

/**
 * An offering's counts per locale and value, worked out by the database: one grouped count per locale over
 * Payload's tables, in the request's transaction (it sees the transaction's own writes), instead of every item
 * read through Payload and counted here. At 5,000 procedures in a unit that read took 330–390 ms, after every
 * save of one of them and every 50 imported rows, so an import slowed as it went (stop 29); the count is a
 * few milliseconds. The same counts as `tallyOf` (src/fieldCounts/rules/tally.ts): a locale's value, or its
 * fallback's when empty or missing; items with neither are not counted. Undefined on MongoDB, which reads the
 * items. test/content/fieldCounts.test.ts checks it against the portals' own lists on both SQL databases.
 */
export const countOfferingWithSql = async (
  req: PayloadRequest,
  offering: OfferingToCount,
): Promise<Record<string, Record<string, number>> | undefined> => {
  if (!isSqlAdapter(req.payload)) return undefined
  const tables = tablesOf(req.payload, offering.collection)
  const field = tables.column(offering.field)
  if (!field) throw new Error(`fieldCountSql: ${offering.collection} has no column for "${offering.field}"`)
  const conditions: SQL[] = [sql`${col('c', tables.main.unit)} = ${offering.unit}`]
  if (offering.drafts) {
    if (!tables.main.status) throw new Error(`fieldCountSql: ${offering.collection} has no _status column`)
    conditions.push(sql`${col('c', tables.main.status)} = 'published'`)
  }
  if (offering.marked !== undefined) {
    const { marked } = tables
    if (!marked) throw new Error(`fieldCountSql: ${offering.collection} has no showOnSubunits table`)
    conditions.push(sql`EXISTS (SELECT 1 FROM ${id(marked.name)} ${id('m')}
      WHERE ${col('m', marked.parent)} = ${col('c', 'id')} AND ${col('m', marked.value)} = ${offering.marked})`)
  }
  const { locale, name: localesTable, parent } = tables.locales
  const join = (alias: string, code: string) =>
    sql`LEFT JOIN ${id(localesTable)} ${id(alias)} ON ${col(alias, parent)} = ${col('c', 'id')} AND ${col(alias, locale)} = ${code}`
  const counts: Record<string, Record<string, number>> = {}
  for (const code of offering.locales.list) {
    const fallback = field.localized && code !== offering.locales.fallback
    const value = !field.localized
      ? sql`NULLIF(${col('c', field.name)}, '')`
      : fallback
        ? sql`COALESCE(NULLIF(${col('o', field.name)}, ''), NULLIF(${col('f', field.name)}, ''))`
        : sql`NULLIF(${col('o', field.name)}, '')`
    const rows = await runStatement(
      req,
      sql`SELECT ${value} AS ${id('value')}, COUNT(*) AS ${id('items')}
        FROM ${id(tables.main.name)} ${id('c')}
        ${field.localized ? join('o', code) : sql``} ${fallback ? join('f', offering.locales.fallback) : sql``}
        WHERE ${sql.join(conditions, sql` AND `)}
        GROUP BY ${value}`,
    )
    counts[code] = Object.fromEntries(
      rows.filter((row) => row.value !== null).map((row) => [String(row.value), Number(row.items)]),
    )
  }
  return counts
}
