import type { Payload } from 'payload'

import { adapterName, sqliteClientOf } from './sqlAdapter'

type LibsqlClient = {
  batch: (statements: string[], mode: 'write') => Promise<unknown>
  execute: (statement: string) => Promise<{ rows: Array<Record<string, unknown>> }>
}

/** The FTS5 index kept beside a table of search keys. */
export const fullTextTableOf = (table: string): string => `${table}_fts`

/**
 * The index's rows table: for each row of the keys table (same id as the index's rowid), the short columns a
 * search filters, joins and ranks on (its item, its locale, its title key).
 *
 * Why apart from the index: FTS5 keeps a row's columns together in its content table, so reading a short one
 * (the locale, to keep one locale's rows) read the row's whole text key with it. On the full dataset, the 7,700
 * news matching "dang ket hon" were found in 8 ms and their locale read in 45 ms more; from this table, 13 ms.
 */
export const fullTextRowsOf = (table: string): string => `${table}_fts_rows`

const triggersOf = (table: string) => ({
  delete: `${table}_fts_delete`,
  insert: `${table}_fts_insert`,
  update: `${table}_fts_update`,
})

const quote = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`sqliteFullText: unexpected name "${name}"`)
  return `"${name}"`
}

/** The columns of a full-text index: those searched (in the index), and those only kept beside it (the rows table). */
export type FullTextColumns = { kept: readonly string[]; searched: readonly string[] }

/**
 * What the index holds of a searched column: its text between two spaces. A word of two letters is then inside
 * one of the index's trigrams wherever it occurs, also in a text of only that word (src/search/rules/fullText.ts).
 */
const padded = (column: string) => `' ' || coalesce(${column}, '') || ' '`

/**
 * The statements that make `table`'s index, each as sqlite_master keeps it (so that what is there can be compared
 * with what would be made): the searched columns in FTS5 with the trigram tokenizer (it answers "contains this
 * substring" as the search's `LIKE '%word%'` means it), the kept columns in the rows table, and three triggers
 * keeping both in step with every insert, delete and change, in the writer's transaction.
 */
const definitionsOf = (table: string, { kept, searched }: FullTextColumns) => {
  const fts = quote(fullTextTableOf(table))
  const rows = quote(fullTextRowsOf(table))
  const triggers = triggersOf(table)
  const searchedList = searched.map(quote).join(', ')
  const keptList = kept.map(quote).join(', ')
  const insert = (from: string) => `INSERT INTO ${fts} (rowid, ${searchedList}) VALUES (${from}."id", ${searched
    .map((column) => padded(`${from}.${quote(column)}`))
    .join(', ')});
       INSERT INTO ${rows} ("id", ${keptList}) VALUES (${from}."id", ${kept.map((column) => `${from}.${quote(column)}`).join(', ')});`
  const remove = `DELETE FROM ${fts} WHERE rowid = old."id";
       DELETE FROM ${rows} WHERE "id" = old."id";`
  // By name in sqlite_master, tables first (the triggers write to them).
  return new Map([
    [fullTextTableOf(table), `CREATE VIRTUAL TABLE ${fts} USING fts5(${searchedList}, tokenize='trigram')`],
    [fullTextRowsOf(table), `CREATE TABLE ${rows} ("id" integer PRIMARY KEY NOT NULL, ${keptList})`],
    [
      triggers.insert,
      `CREATE TRIGGER ${quote(triggers.insert)} AFTER INSERT ON ${quote(table)} BEGIN
       ${insert('new')} END`,
    ],
    [
      triggers.delete,
      `CREATE TRIGGER ${quote(triggers.delete)} AFTER DELETE ON ${quote(table)} BEGIN
       ${remove} END`,
    ],
    [
      triggers.update,
      `CREATE TRIGGER ${quote(triggers.update)} AFTER UPDATE OF ${[...searched, ...kept].map(quote).join(', ')} ON ${quote(table)} BEGIN
       ${remove}
       ${insert('new')} END`,
    ],
  ])
}

/** The statements that (re)make `table`'s index and fill it from the table's rows. */
const fullTextStatements = (table: string, columns: FullTextColumns): string[] => {
  const definitions = definitionsOf(table, columns)
  const fts = quote(fullTextTableOf(table))
  const rows = quote(fullTextRowsOf(table))
  const keptList = columns.kept.map(quote).join(', ')
  return [
    // An index of another shape (an earlier version's) is replaced.
    `DROP TABLE IF EXISTS ${fts}`,
    `DROP TABLE IF EXISTS ${rows}`,
    ...Object.values(triggersOf(table)).map((trigger) => `DROP TRIGGER IF EXISTS ${quote(trigger)}`),
    ...definitions.values(),
    `INSERT INTO ${fts} (rowid, ${columns.searched.map(quote).join(', ')}) SELECT "id", ${columns.searched
      .map((column) => padded(quote(column)))
      .join(', ')} FROM ${quote(table)}`,
    `INSERT INTO ${rows} ("id", ${keptList}) SELECT "id", ${keptList} FROM ${quote(table)}`,
  ]
}

/** Statements compared as SQLite keeps them: the same words, whatever the spacing. */
const sameStatement = (kept: unknown, made: string) =>
  typeof kept === 'string' && kept.replace(/\s+/g, ' ').trim() === made.replace(/\s+/g, ' ').trim()

const ready = new WeakMap<Payload, Set<string>>()
const readyTables = (payload: Payload) => {
  let tables = ready.get(payload)
  if (!tables) ready.set(payload, (tables = new Set()))
  return tables
}

/** Whether this process made sure of the table's index (at start, `ensureSqliteFullText`): it can be queried. */
export const hasFullTextIndex = (payload: Payload, table: string): boolean => ready.get(payload)?.has(table) ?? false

/**
 * On SQLite, makes sure each table has its full-text index, its rows table and the triggers that keep them
 * current; creates and fills what is missing, in one write transaction per table. A migration that rebuilds a
 * table (drizzle-kit copies it to `__new_…` and renames it) drops its triggers with it: the next start finds them
 * missing and rebuilds that index; an index made otherwise than this version makes it (columns, tokenizer,
 * triggers) is replaced. A table its migration has not made yet (a collection added to a running test server)
 * is left for the next start. Returns the tables whose index was (re)built; nothing to do elsewhere.
 */
export const ensureSqliteFullText = async (
  payload: Payload,
  tables: readonly string[],
  columns: FullTextColumns,
): Promise<string[]> => {
  if (adapterName(payload) !== 'sqlite') return []
  const client = sqliteClientOf(payload) as unknown as LibsqlClient | undefined
  if (!client) throw new Error('sqliteFullText: the SQLite adapter has no open client')
  const built: string[] = []
  const indexed = readyTables(payload)
  for (const table of tables) {
    const definitions = definitionsOf(table, columns)
    const { rows } = await client.execute(
      `SELECT name, sql FROM sqlite_master WHERE name IN (${[table, ...definitions.keys()].map((name) => `'${name}'`).join(', ')})`,
    )
    if (!rows.some((row) => row.name === table)) continue
    const kept = new Map(rows.map((row) => [row.name, row.sql]))
    const current = [...definitions].every(([name, made]) => sameStatement(kept.get(name), made))
    if (!current) {
      await client.batch(fullTextStatements(table, columns), 'write')
      built.push(table)
    }
    indexed.add(table)
  }
  return built
}
