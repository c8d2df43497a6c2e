import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Id } from '../base/ids'
import { col, id, isSqlAdapter, list, runStatement, tablesOf } from './payloadTables'
import { fullTextRowsOf, fullTextTableOf, hasFullTextIndex } from './sqliteFullText'

/**
 * The portal search's published hits in one SQL statement over Payload's own tables, for anonymous readers on
 * SQLite and PostgreSQL (src/search/publicSearch.ts decides when). Payload's way took a find and a count per
 * collection and per ranking group (up to 16 statements and 8 trips through access, hooks and the afterRead
 * traversal for one search); this is one statement finding and counting the matches of every collection, and
 * one per collection on the page for what its hits show.
 *
 * It knows Payload's table layout (./payloadTables.ts), which is why it lives here. test/search/publicSearch.test.ts
 * compares its answers with Payload's own reads on both databases, so a change of any of it fails there.
 */

/** Which rows of one collection a search may return, and what a hit shows. */
export type SearchTarget = {
  collection: string
  /** Only published items (collections with drafts). */
  drafts: boolean
  /** What a hit shows, by field name; `date` orders hits (falling back to `updatedAt`). */
  fields: { date: string; heading: string; subheading?: string }
  /**
   * The portal's sources as rows: items of `units`, restricted to those of `whole` or marked (`showOnSubunits`)
   * for one of `levels` (tenants/rules/inheritance.ts `sourcesScope`; `sourcesWhere` states it for Payload).
   */
  scope: { levels: string[]; units: Id[]; whole: Id[] }
}

export type SearchMatch = {
  /** LIKE patterns each required in the title key or the text key. */
  anywhere: string[]
  /** PostgreSQL: LIKE patterns each required in both keys as one text (`searchKeysText`, trigram-indexed). */
  inKeys?: string[]
  /**
   * SQLite: an FTS5 query the item's keys must match, read from the index first (src/internals/sqliteFullText.ts);
   * without it the scope's rows are read first (by the unit index) and the patterns checked on each.
   */
  fullText?: string
  /**
   * LIKE patterns of every word: all in the title key rank a hit with the titles; `anywhere` becomes these where
   * there is no index to use.
   */
  words: string[]
}

export type SearchRow = {
  collection: string
  date: unknown
  heading: unknown
  id: Id
  slug: unknown
  subheading: unknown
  titleMatch: boolean
  unit: Id | null
}

/**
 * Both search keys as one text, which PostgreSQL indexes with trigrams (src/db/searchIndexes.ts) so that "every
 * word in the title or the text" is one bitmap scan of one index: with an index per key, the OR of the two made
 * the planner read every row (25 against 8 ms for a 20-unit province, "dang ky ket hon"). A folded word has no
 * space, so it never matches across the two. The index and the query must spell it the same way: this is the one
 * spelling, by column names (`table` qualifies them in a query; an index names its table's columns bare).
 */
export const searchKeysText = (titleKey: string, textKey: string, table?: string): SQL => {
  const column = (name: string) => (table ? col(table, name) : id(name))
  return sql`(coalesce(${column(titleKey)}, '') || ' ' || coalesce(${column(textKey)}, ''))`
}

/**
 * The columns of a collection's items a search filters and orders its matches by: unit, status (with drafts),
 * the date hits are ordered by and the update date it falls back to. SQLite's full-text index keeps copies of
 * them beside each match (src/internals/sqliteFullText.ts), so that the index's matches need no visit to their
 * items' rows.
 */
export const searchedItemColumns = (payload: Payload, collection: string, dateField: string): string[] => {
  const tables = tablesOf(payload, collection)
  const { status, unit, updatedAt } = tables.main
  return [...new Set([unit, ...(status ? [status] : []), dateColumnOf(tables, collection, dateField), updatedAt])]
}

/** The item column of the date a collection's hits are ordered by (never localized: it orders across locales). */
const dateColumnOf = (tables: ReturnType<typeof tablesOf>, collection: string, field: string): string => {
  const date = tables.column(field)
  if (!date || date.localized) throw new Error(`publicSearchSql: ${collection}.${field} is no date`)
  return date.name
}

/**
 * One collection's matches as SQL: `select` gives id, date, unit and whether the title matched, for every item the
 * search finds (nothing else: a search may match 10,000 items, and only a page of them is shown); `rows`, when the
 * scope's rows are read first, is a materialized common table expression (`name`) the select reads them from.
 *
 * Why materialized: when the scope is a few units (a portal's search), its rows are to be read first, by the unit
 * index, and the words checked on each (a commune's few thousand rows). Written as one join, PostgreSQL's planner
 * weighed the words with its trigram indexes instead: it takes the words of a phrase as independent, so for
 * "chứng thực bản sao" it expected 213 rows of the whole province's news to match and read 10,218, each then
 * joined to its item to find the commune's 46 (104 ms, one unit's search p99 107 ms on the full dataset). So the
 * scope's items and their keys are one materialized CTE, read on its own as written (SQLite 3.35+ and
 * PostgreSQL 12+ both keep that promise), and the words are checked on its rows, where no index can lead.
 */
type Matches = { rows?: { name: string; sql: SQL }; select: SQL }

const matchesOf = (
  payload: Payload,
  target: SearchTarget,
  given: SearchMatch,
  locale: string,
  name: string,
): Matches | undefined => {
  const { scope } = target
  if (scope.units.length === 0) return undefined
  const tables = tablesOf(payload, target.collection)
  // Without its index (not made yet in this process), the collection's rows are read scope first.
  const match =
    given.fullText !== undefined && !hasFullTextIndex(payload, tables.locales.name)
      ? { ...given, anywhere: given.words, fullText: undefined }
      : given
  const date = dateColumnOf(tables, target.collection, target.fields.date)
  const c = 'c'
  // Where the item's columns are read: the copies beside the index's matches when it leads (no visit to the
  // item's row: src/internals/sqliteFullText.ts), else the item's row (or the scope's, below).
  const item = match.fullText !== undefined ? { alias: 'r', id: tables.locales.parent } : { alias: c, id: 'id' }
  const unit = col(item.alias, tables.main.unit)
  // The keys, the item and the locale: from the index's own copy when it leads, else from the locales row.
  const {
    locale: localeColumn,
    name: localesTable,
    parent,
    textKey: textColumn,
    titleKey: titleColumn,
  } = tables.locales
  if (!textColumn || !titleColumn) throw new Error(`publicSearchSql: ${target.collection} has no search keys`)
  // Where the keys are read: the full-text index's rows table (the title key) and its content (the text key, only
  // for words the index cannot answer), the scope's rows (the CTE below), or the locales row.
  const keys = match.fullText !== undefined ? 'f' : match.inKeys?.length ? 'l' : c
  const titleKey = col(match.fullText !== undefined ? 'r' : keys, titleColumn)
  const textKey = col(keys, textColumn)

  // Which items (the scope, published), then which words: kept apart for the scope-first read below.
  const onItem: SQL[] = [sql`${unit} IN (${list(scope.units)})`]
  if (scope.levels.length > 0) {
    const { marked } = tables
    if (!marked) throw new Error(`publicSearchSql: ${target.collection} has no showOnSubunits table`)
    const isMarked = sql`EXISTS (SELECT 1 FROM ${id(marked.name)} ${id('m')} WHERE ${col('m', marked.parent)} = ${col(item.alias, item.id)}
      AND ${col('m', marked.value)} IN (${list(scope.levels)}))`
    onItem.push(scope.whole.length > 0 ? sql`(${unit} IN (${list(scope.whole)}) OR ${isMarked})` : isMarked)
  }
  if (target.drafts) {
    if (!tables.main.status) throw new Error(`publicSearchSql: ${target.collection} has no _status column`)
    onItem.push(sql`${col(item.alias, tables.main.status)} = 'published'`)
  }
  const onWords: SQL[] = [
    ...match.anywhere.map((pattern) => sql`(${titleKey} LIKE ${pattern} OR ${textKey} LIKE ${pattern})`),
    ...(match.inKeys ?? []).map((pattern) => sql`${searchKeysText(titleColumn, textColumn, keys)} LIKE ${pattern}`),
  ]
  const where = (conditions: SQL[]) => (conditions.length ? sql` WHERE ${sql.join(conditions, sql` AND `)}` : sql``)
  const titleMatch = match.words.length
    ? sql`CASE WHEN ${sql.join(
        match.words.map((pattern) => sql`${titleKey} LIKE ${pattern}`),
        sql` AND `,
      )} THEN 1 ELSE 0 END`
    : sql`0`

  const shown = sql`SELECT ${sql.raw(`'${target.collection}'`)} AS ${id('collection')}, ${col(item.alias, item.id)} AS ${id('id')},
      COALESCE(${col(item.alias, date)}, ${col(item.alias, tables.main.updatedAt)}) AS ${id('date')},
      ${unit} AS ${id('unit')}, ${titleMatch} AS ${id('title_match')}`
  const itemsWithLocales = sql`FROM ${id(tables.main.name)} ${id(c)}
      JOIN ${id(localesTable)} ${id('l')} ON ${col('l', parent)} = ${col(c, 'id')} AND ${col('l', localeColumn)} = ${locale}`

  if (match.fullText !== undefined) {
    // The index gives rowids (those of the locales rows); the rows table what each is and its item's columns
    // (src/internals/sqliteFullText.ts).
    const fullText = [
      sql`${id(fullTextTableOf(localesTable))} MATCH ${match.fullText}`,
      sql`${col('r', localeColumn)} = ${locale}`,
    ]
    return {
      select: sql`${shown} FROM ${id(fullTextTableOf(localesTable))} ${id('f')}
        JOIN ${id(fullTextRowsOf(localesTable))} ${id('r')} ON ${col('r', 'id')} = ${col('f', 'rowid')}${where([...fullText, ...onItem, ...onWords])}`,
    }
  }
  // The index leads (PostgreSQL's trigrams of both keys): one join, the planner's to order.
  if (match.inKeys?.length) return { select: sql`${shown} ${itemsWithLocales}${where([...onItem, ...onWords])}` }

  // The scope's rows first (see Matches): the items with their keys in the CTE, the words checked on each.
  const columns = [...new Set(['id', tables.main.unit, date, tables.main.updatedAt])].map((column) => col(c, column))
  return {
    rows: {
      name,
      sql: sql`SELECT ${sql.join([...columns, col('l', titleColumn), col('l', textColumn)], sql`, `)}
        ${itemsWithLocales}${where(onItem)}`,
    },
    select: sql`${shown} FROM ${id(name)} ${id(c)}${where(onWords)}`,
  }
}

/**
 * What the hits of a page show, for one collection: heading, subheading and slug in the search's locale, the
 * default locale's value where the search's has none (as Payload's fallback does).
 */
const shownOf = (
  payload: Payload,
  target: SearchTarget,
  ids: Id[],
  locales: { fallback?: string; locale: string },
): SQL => {
  const tables = tablesOf(payload, target.collection)
  const { locale, name: localesTable, parent } = tables.locales
  const useFallback = Boolean(locales.fallback && locales.fallback !== locales.locale)
  const value = (field: string | undefined) => {
    const ref = field ? tables.column(field) : undefined
    if (!ref) return sql`CAST(NULL AS VARCHAR)`
    if (!ref.localized) return col('c', ref.name)
    return useFallback ? sql`COALESCE(${col('l', ref.name)}, ${col('f', ref.name)})` : col('l', ref.name)
  }
  const join = (alias: string, code: string) =>
    sql`LEFT JOIN ${id(localesTable)} ${id(alias)} ON ${col(alias, parent)} = ${col('c', 'id')} AND ${col(alias, locale)} = ${code}`
  return sql`SELECT ${col('c', 'id')} AS ${id('id')}, ${value(target.fields.heading)} AS ${id('heading')},
      ${value(target.fields.subheading)} AS ${id('subheading')}, ${value('slug')} AS ${id('slug')}
    FROM ${id(tables.main.name)} ${id('c')} ${join('l', locales.locale)} ${useFallback ? join('f', locales.fallback!) : sql``}
    WHERE ${col('c', 'id')} IN (${list(ids)})`
}

/**
 * The hits of one page and how many there are in all: title matches first, then newest first (ties by
 * collection and id, so pages never overlap). One statement finds and counts the matches of every collection;
 * one per collection on the page reads what its hits show (a count more only for a page past the end).
 */
export const runPublicSearch = async (
  payload: Payload,
  args: {
    limit: number
    locales: { fallback?: string; locale: string }
    match: SearchMatch
    offset: number
    targets: SearchTarget[]
  },
): Promise<{ rows: SearchRow[]; total: number }> => {
  const parts = args.targets.flatMap(
    (target, index) => matchesOf(payload, target, args.match, args.locales.locale, `scope_${index}`) ?? [],
  )
  if (parts.length === 0) return { rows: [], total: 0 }
  const ctes = parts.flatMap(({ rows }) => (rows ? [sql`${id(rows.name)} AS MATERIALIZED (${rows.sql})`] : []))
  const withRows = ctes.length ? sql`WITH ${sql.join(ctes, sql`, `)} ` : sql``
  const matches = sql.join(
    parts.map(({ select }) => select),
    sql` UNION ALL `,
  )
  const page = await runStatement(
    payload,
    sql`${withRows}SELECT ${id('hits')}.*, COUNT(*) OVER () AS ${id('total')} FROM (${matches}) ${id('hits')}
      ORDER BY ${id('title_match')} DESC, ${id('date')} DESC, ${id('collection')}, ${id('id')} DESC
      LIMIT ${args.limit} OFFSET ${args.offset}`,
  )
  const total =
    page.length > 0
      ? Number(page[0]!.total)
      : args.offset > 0
        ? Number(
            (
              await runStatement(
                payload,
                sql`${withRows}SELECT COUNT(*) AS ${id('total')} FROM (${matches}) ${id('hits')}`,
              )
            )[0]?.total ?? 0,
          )
        : 0

  const shown = new Map<string, Record<string, unknown>>()
  await Promise.all(
    args.targets.map(async (target) => {
      const ids = page.filter((row) => row.collection === target.collection).map((row) => row.id as Id)
      if (ids.length === 0) return
      for (const row of await runStatement(payload, shownOf(payload, target, ids, args.locales)))
        shown.set(`${target.collection}:${String(row.id)}`, row)
    }),
  )
  return {
    rows: page.map((row) => {
      const more = shown.get(`${String(row.collection)}:${String(row.id)}`) ?? {}
      return {
        collection: String(row.collection),
        date: row.date,
        heading: more.heading,
        id: row.id as Id,
        slug: more.slug,
        subheading: more.subheading,
        titleMatch: Number(row.title_match) === 1,
        unit: (row.unit ?? null) as Id | null,
      }
    }),
    total,
  }
}

/** Whether this adapter can answer the search with `runPublicSearch` (SQL databases). */
export const canSearchWithSql = isSqlAdapter
