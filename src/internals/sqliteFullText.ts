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
  itemInsert: `${table}_fts_item_insert`,
  itemUpdate: `${table}_fts_item_update`,
  update: `${table}_fts_update`,
})

/** The rows table's index by item, for the item triggers' updates. */
const itemIndexOf = (table: string) => `${table}_fts_rows_item_idx`

const quote = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`sqliteFullText: unexpected name "${name}"`)
  return `"${name}"`
}

/**
 * One full-text index: its keys table (`table`), the columns searched (in the index) and those only kept beside it
 * (the rows table), and the item columns kept there too: copies of columns of the row each keys row belongs to
 * (`item.table`, by `item.parent`), kept current by triggers on that table.
 *
 * Why copies of the item's columns: a search filters and ranks every match by its item's unit, status and date.
 * Read from the item's table, each match cost a visit to its (wide) row: the 9,917 news matching "dang ky ket hon"
 * on the full dataset took 7.7 ms in the index, 5.7 more in the rows table and 9 more in the items' rows; read
 * from the copies, 15.6 ms in all instead of 22.7.
 */
export type FullTextIndex = {
  item?: { columns: readonly string[]; parent: string; table: string }
  kept: readonly string[]
  searched: readonly string[]
  table: string
}

/**
 * What the index holds of a searched column: its text between two spaces. A word of two letters is then inside
 * one of the index's trigrams wherever it occurs, also in a text of only that word (src/search/rules/fullText.ts).
 */
const padded = (column: string) => `' ' || coalesce(${column}, '') || ' '`

/**
 * The statements that make `table`'s index, each as sqlite_master keeps it (so that what is there can be compared
 * with what would be made): the searched columns in FTS5 with the trigram tokenizer (it answers "contains this
 * substring" as the search's `LIKE '%word%'` means it), the kept columns in the rows table, three triggers
 * keeping both in step with every insert, delete and change of a keys row, and two copying the item's columns
 * into its keys rows whenever the item is written, all in the writer's transaction.
 */
const definitionsOf = ({ item, kept, searched, table }: FullTextIndex) => {
  const fts = quote(fullTextTableOf(table))
  const rows = quote(fullTextRowsOf(table))
  const triggers = triggersOf(table)
  const searchedList = searched.map(quote).join(', ')
  const itemColumns = item?.columns ?? []
  const clash = itemColumns.find((column) => kept.includes(column) || column === 'id')
  if (clash) throw new Error(`sqliteFullText: item column "${clash}" is a column of ${table} too`)
  const rowColumns = [...kept, ...itemColumns].map(quote).join(', ')
  // A keys row's item columns, read from its item's row (none yet: NULL, until the item's triggers fill them).
  const itemValues = (from: string) =>
    item
      ? itemColumns.map(
          (column) => `(SELECT ${quote(column)} FROM ${quote(item.table)} WHERE "id" = ${from}.${quote(item.parent)})`,
        )
      : []
  const insert = (from: string) => `INSERT INTO ${fts} (rowid, ${searchedList}) VALUES (${from}."id", ${searched
    .map((column) => padded(`${from}.${quote(column)}`))
    .join(', ')});
       INSERT INTO ${rows} ("id", ${rowColumns}) VALUES (${from}."id", ${[
         ...kept.map((column) => `${from}.${quote(column)}`),
         ...itemValues(from),
       ].join(', ')});`
  const remove = `DELETE FROM ${fts} WHERE rowid = old."id";
       DELETE FROM ${rows} WHERE "id" = old."id";`
  const copyItem = item
    ? `UPDATE ${rows} SET ${itemColumns.map((column) => `${quote(column)} = new.${quote(column)}`).join(', ')}
       WHERE ${quote(item.parent)} = new."id";`
    : ''
  // By name in sqlite_master, tables first (the triggers write to them).
  return new Map([
    [fullTextTableOf(table), `CREATE VIRTUAL TABLE ${fts} USING fts5(${searchedList}, tokenize='trigram')`],
    [fullTextRowsOf(table), `CREATE TABLE ${rows} ("id" integer PRIMARY KEY NOT NULL, ${rowColumns})`],
    ...(item
      ? [
          [itemIndexOf(table), `CREATE INDEX ${quote(itemIndexOf(table))} ON ${rows} (${quote(item.parent)})`],
          [
            triggers.itemInsert,
            `CREATE TRIGGER ${quote(triggers.itemInsert)} AFTER INSERT ON ${quote(item.table)} BEGIN
       ${copyItem} END`,
          ],
          [
            triggers.itemUpdate,
            `CREATE TRIGGER ${quote(triggers.itemUpdate)} AFTER UPDATE OF ${itemColumns.map(quote).join(', ')} ON ${quote(item.table)} BEGIN
       ${copyItem} END`,
          ],
        ]
      : []),
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
  ] as Array<[string, string]>)
}

/** The statements that (re)make an index and fill it from its table's rows (and their items'). */
const fullTextStatements = (
  { item, kept, searched, table }: FullTextIndex,
  definitions: ReturnType<typeof definitionsOf>,
  strays: readonly string[],
): string[] => {
  const fts = quote(fullTextTableOf(table))
  const rows = quote(fullTextRowsOf(table))
  const itemColumns = item?.columns ?? []
  return [
    // An index of another shape (an earlier version's) is replaced.
    `DROP TABLE IF EXISTS ${fts}`,
    `DROP TABLE IF EXISTS ${rows}`,
    ...[...new Set([...Object.values(triggersOf(table)), ...strays])].map(
      (trigger) => `DROP TRIGGER IF EXISTS ${quote(trigger)}`,
    ),
    ...definitions.values(),
    `INSERT INTO ${fts} (rowid, ${searched.map(quote).join(', ')}) SELECT "id", ${searched
      .map((column) => padded(quote(column)))
      .join(', ')} FROM ${quote(table)}`,
    `INSERT INTO ${rows} ("id", ${[...kept, ...itemColumns].map(quote).join(', ')})
       SELECT k."id", ${[...kept.map((column) => `k.${quote(column)}`), ...itemColumns.map((column) => `i.${quote(column)}`)].join(', ')}
       FROM ${quote(table)} k${item ? ` LEFT JOIN ${quote(item.table)} i ON i."id" = k.${quote(item.parent)}` : ''}`,
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
export const ensureSqliteFullText = async (payload: Payload, indexes: readonly FullTextIndex[]): Promise<string[]> => {
  if (adapterName(payload) !== 'sqlite') return []
  const client = sqliteClientOf(payload) as unknown as LibsqlClient | undefined
  if (!client) throw new Error('sqliteFullText: the SQLite adapter has no open client')
  const built: string[] = []
  const indexed = readyTables(payload)
  for (const index of indexes) {
    const { table } = index
    const definitions = definitionsOf(index)
    const { rows } = await client.execute(
      `SELECT name, sql FROM sqlite_master WHERE name IN (${[table, ...definitions.keys()].map((name) => `'${name}'`).join(', ')})
         OR (type = 'trigger' AND name GLOB '${fullTextTableOf(table)}_*')`,
    )
    if (!rows.some((row) => row.name === table)) continue
    const kept = new Map(rows.map((row) => [row.name, row.sql]))
    // Triggers of this index that this version does not make (another version's): one would write to columns the
    // rows table may not have, and fail every write to its table.
    const strays = [...kept.keys()].filter((name) => name !== table && !definitions.has(name as string)) as string[]
    const current = strays.length === 0 && [...definitions].every(([name, made]) => sameStatement(kept.get(name), made))
    if (!current) {
      await client.batch(fullTextStatements(index, definitions, strays), 'write')
      built.push(table)
    }
    indexed.add(table)
  }
  return built
}
