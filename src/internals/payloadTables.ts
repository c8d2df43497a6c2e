import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { adapterName, transactionDbOf } from './sqlAdapter'

/**
 * Payload's table layout on its SQL adapters, for the statements we write ourselves over its tables (the portal
 * search, src/internals/publicSearchSql.ts; the field counts, src/internals/fieldCountSql.ts): a collection's
 * table is the adapter's `tableNameMap` entry for its snake_cased slug; localized fields live in
 * `<table>_locales` (`_parent_id`, `_locale`), a hasMany select in `<table>_<field>` (`parent_id`, `value`);
 * column names are drizzle's (the adapter's `tables[name][field].name`). The tests of both compare their answers
 * with Payload's own reads on both databases, so a change of any of it fails there.
 */

type ColumnRef = { localized: boolean; name: string }
type DrizzleTables = Record<string, Record<string, { name?: string } | undefined> | undefined>
type SqlInternals = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; sql: SQL }) => Promise<{ rows?: Array<Record<string, unknown>> }>
  tableNameMap: Map<string, string>
  tables: DrizzleTables
}

const internalsOf = (payload: Payload) => payload.db as unknown as SqlInternals

/** Whether the adapter is one of Payload's SQL adapters (the statements here run on it). */
export const isSqlAdapter = (payload: Payload): 'postgres' | 'sqlite' | undefined => {
  const name = adapterName(payload)
  return name === 'postgres' || name === 'sqlite' ? name : undefined
}

const SLUG = /^[a-z0-9-]+$/

/** A collection's tables and the columns of its fields. */
export const tablesOf = (payload: Payload, collection: string) => {
  if (!SLUG.test(collection)) throw new Error(`payloadTables: unexpected slug "${collection}"`)
  const { tableNameMap, tables } = internalsOf(payload)
  const key = collection.replace(/-/g, '_')
  const main = tableNameMap.get(key)
  const locales = main && `${main}_locales`
  if (!main || !tables[main] || !locales || !tables[locales])
    throw new Error(`payloadTables: no tables for "${collection}" (expected ${key} and ${key}_locales)`)
  const marked = tableNameMap.get(`${key}_show_on_subunits`)
  const column = (field: string): ColumnRef | undefined => {
    const own = tables[main]![field]?.name
    if (own) return { localized: false, name: own }
    const localized = tables[locales]![field]?.name
    return localized ? { localized: true, name: localized } : undefined
  }
  const required = (table: string, field: string): string => {
    const name = tables[table]?.[field]?.name
    if (!name) throw new Error(`payloadTables: ${table} has no column for "${field}"`)
    return name
  }
  return {
    column,
    locales: {
      locale: required(locales, '_locale'),
      name: locales,
      parent: required(locales, '_parentID'),
      textKey: tables[locales]!.textKey?.name,
      titleKey: tables[locales]!.titleKey?.name,
    },
    main: {
      name: main,
      status: tables[main]!._status?.name,
      unit: required(main, 'unit'),
      updatedAt: required(main, 'updatedAt'),
    },
    marked:
      marked && tables[marked]
        ? { name: marked, parent: required(marked, 'parent'), value: required(marked, 'value') }
        : undefined,
  }
}

export const id = sql.identifier
export const col = (table: string, column: string) => sql`${id(table)}.${id(column)}`

/** Values as a comma-separated list of parameters (for `IN (…)`). */
export const list = (values: readonly unknown[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/**
 * Runs a statement and returns its rows: in the request's transaction when it has one (`transactionDbOf`), so
 * that it sees the transaction's own writes; else on the adapter's connection.
 */
export const runStatement = async (
  where: Payload | PayloadRequest,
  statement: SQL,
): Promise<Array<Record<string, unknown>>> => {
  const payload = 'db' in where ? where : where.payload
  const { drizzle, execute } = internalsOf(payload)
  const session = 'db' in where ? undefined : await transactionDbOf(where)
  return (await execute({ drizzle: session ?? drizzle, sql: statement })).rows ?? []
}
