import type { Payload } from 'payload'

import { adapterName, sqliteClientOf } from './sqlAdapter'

type LibsqlClient = {
  batch: (statements: string[], mode: 'write') => Promise<unknown>
  execute: (statement: string) => Promise<{ rows: Array<Record<string, unknown>> }>
}

/** The FTS5 index kept beside a table of search keys. */
export const fullTextTableOf = (table: string): string => `${table}_fts`

const triggersOf = (table: string) => ({
  delete: `${table}_fts_delete`,
  insert: `${table}_fts_insert`,
  update: `${table}_fts_update`,
})

const quote = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`sqliteFullText: unexpected name "${name}"`)
  return `"${name}"`
}

/** The columns of a full-text index: those searched, and those only stored beside them (to filter and join). */
export type FullTextColumns = { searched: readonly string[]; stored: readonly string[] }

/** The FTS5 module arguments, as sqlite_master keeps them in the table's `CREATE VIRTUAL TABLE`. */
const moduleOf = ({ searched, stored }: FullTextColumns) =>
  `fts5(${[...searched.map(quote), ...stored.map((column) => `${quote(column)} UNINDEXED`)].join(', ')}, tokenize='trigram')`

/**
 * The statements that give `table` an FTS5 index: the searched columns with the trigram tokenizer, so it answers
 * "contains this substring" as the search's `LIKE '%word%'` means it, and the stored columns beside them (FTS5
 * `UNINDEXED`), rows keyed by the table's own ids. The index keeps its own copy of these short columns: a search
 * matching 10,000 rows then reads them from the index's small rows, not from the table's rows, which hold whole
 * article bodies (25 ms against 6 ms for "dang ky ket hon" over the province's 202,000 news). Three triggers keep
 * it in step with every insert, delete and change of those columns, in the writer's transaction. Then a fill.
 */
const fullTextStatements = (table: string, { searched, stored }: FullTextColumns): string[] => {
  const fts = quote(fullTextTableOf(table))
  const all = [...searched, ...stored].map(quote)
  const values = all.map((column) => `new.${column}`).join(', ')
  const triggers = triggersOf(table)
  return [
    // An index of another shape (an earlier version's) is replaced.
    `DROP TABLE IF EXISTS ${fts}`,
    `CREATE VIRTUAL TABLE ${fts} USING ${moduleOf({ searched, stored })}`,
    ...Object.values(triggers).map((trigger) => `DROP TRIGGER IF EXISTS ${quote(trigger)}`),
    `CREATE TRIGGER ${quote(triggers.insert)} AFTER INSERT ON ${quote(table)} BEGIN
       INSERT INTO ${fts} (rowid, ${all.join(', ')}) VALUES (new."id", ${values}); END`,
    `CREATE TRIGGER ${quote(triggers.delete)} AFTER DELETE ON ${quote(table)} BEGIN
       DELETE FROM ${fts} WHERE rowid = old."id"; END`,
    `CREATE TRIGGER ${quote(triggers.update)} AFTER UPDATE OF ${all.join(', ')} ON ${quote(table)} BEGIN
       DELETE FROM ${fts} WHERE rowid = old."id";
       INSERT INTO ${fts} (rowid, ${all.join(', ')}) VALUES (new."id", ${values}); END`,
    `INSERT INTO ${fts} (rowid, ${all.join(', ')}) SELECT "id", ${all.join(', ')} FROM ${quote(table)}`,
  ]
}

const ready = new WeakMap<Payload, Set<string>>()
const readyTables = (payload: Payload) => {
  let tables = ready.get(payload)
  if (!tables) ready.set(payload, (tables = new Set()))
  return tables
}

/** Whether this process made sure of the table's index (at start, `ensureSqliteFullText`): it can be queried. */
export const hasFullTextIndex = (payload: Payload, table: string): boolean => ready.get(payload)?.has(table) ?? false

/**
 * On SQLite, makes sure each table has its full-text index and the triggers that keep it current; creates and
 * fills what is missing, in one write transaction per table. A migration that rebuilds a table (drizzle-kit
 * copies it to `__new_…` and renames it) drops its triggers with it: the next start finds them missing and
 * rebuilds that index; an index of another shape (columns, tokenizer) is replaced. A table its migration has not
 * made yet (a collection added to a running test server) is left for the next start. Returns the tables whose
 * index was (re)built; nothing to do elsewhere.
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
    const wanted = [fullTextTableOf(table), ...Object.values(triggersOf(table))]
    const { rows } = await client.execute(
      `SELECT name, sql FROM sqlite_master WHERE name IN (${[table, ...wanted].map((name) => `'${name}'`).join(', ')})`,
    )
    if (!rows.some((row) => row.name === table)) continue
    const index = rows.find((row) => row.name === fullTextTableOf(table))
    const current =
      typeof index?.sql === 'string' && index.sql.toLowerCase().endsWith(`using ${moduleOf(columns)}`.toLowerCase())
    if (!current || rows.length < wanted.length + 1) {
      await client.batch(fullTextStatements(table, columns), 'write')
      built.push(table)
    }
    indexed.add(table)
  }
  return built
}
