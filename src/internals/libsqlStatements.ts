import { createRequire } from 'node:module'

type Column = { name: string; type: string | null }
type Statement = { columns: () => Column[] }
type LibsqlDatabase = { prepare: (sql: string) => Statement }
type Patched = LibsqlDatabase['prepare'] & { reusesStatements?: true }

const statementsOf = new WeakMap<LibsqlDatabase, Map<string, Statement>>()

/**
 * A statement whose result columns can change with the schema: `*` outside `count(*)` (SQLite prepares such a
 * statement again after an ALTER TABLE, and `*` then expands to the new columns). Anything else with a `*` (a
 * product, a comment) is taken as such too: it only loses the memo below.
 */
const EXPANDS_STAR = /(?<!\()\*/

/**
 * A statement's result columns, asked of the driver once. `@libsql/client` asks for them twice at every
 * execution (names and declared types, lib-esm/sqlite3.js `executeStmt`), and the driver builds them afresh
 * each time: 60 µs for the 17 columns of a procedure, where running the statement by id took 16 µs; 4 % of an
 * import's CPU (two calls per statement, 21 statements per procedure) and as much of every read.
 */
const rememberColumns = (statement: Statement) => {
  const columns = statement.columns.bind(statement)
  let known: Column[] | undefined
  statement.columns = () => (known ??= columns())
}

/**
 * The `libsql` driver under Payload's SQLite adapter never frees a prepared statement (it has no finalize, and
 * garbage collection does not release them: tursodatabase/libsql-js#153), and `@libsql/client` prepares every
 * statement it runs afresh. A server leaked about 65 kB per list query and a bulk import 14 GB in 70,000 news.
 * Each connection now keeps its statements by SQL text and reuses them: memory is bounded by the number of
 * distinct statements, and SQLite does not parse and plan the same text again. Safe because the client runs a
 * statement synchronously from start to end, setting its modes (raw, safe integers) each time. A statement's
 * result columns are asked of the driver once (`rememberColumns`).
 */
export const reuseSqliteStatements = (): void => {
  const { prototype } = createRequire(import.meta.url)('libsql') as { prototype: LibsqlDatabase }
  const prepare = prototype.prepare as Patched
  if (prepare.reusesStatements) return
  const reusing: Patched = function (this: LibsqlDatabase, sql: string) {
    let statements = statementsOf.get(this)
    if (!statements) statementsOf.set(this, (statements = new Map()))
    let statement = statements.get(sql)
    if (!statement) {
      statement = prepare.call(this, sql)
      if (!EXPANDS_STAR.test(sql)) rememberColumns(statement)
      statements.set(sql, statement)
    }
    return statement
  }
  reusing.reusesStatements = true
  prototype.prepare = reusing
}
