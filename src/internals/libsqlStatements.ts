import { createRequire } from 'node:module'

type Statement = object
type LibsqlDatabase = { prepare: (sql: string) => Statement }
type Patched = LibsqlDatabase['prepare'] & { reusesStatements?: true }

const statementsOf = new WeakMap<LibsqlDatabase, Map<string, Statement>>()

/**
 * The `libsql` driver under Payload's SQLite adapter never frees a prepared statement (it has no finalize, and
 * garbage collection does not release them: tursodatabase/libsql-js#153), and `@libsql/client` prepares every
 * statement it runs afresh. A server leaked about 65 kB per list query and a bulk import 14 GB in 70,000 news.
 * Each connection now keeps its statements by SQL text and reuses them: memory is bounded by the number of
 * distinct statements, and SQLite does not parse and plan the same text again. Safe because the client runs a
 * statement synchronously from start to end, setting its modes (raw, safe integers) each time.
 */
export const reuseSqliteStatements = (): void => {
  const { prototype } = createRequire(import.meta.url)('libsql') as { prototype: LibsqlDatabase }
  const prepare = prototype.prepare as Patched
  if (prepare.reusesStatements) return
  const reusing: Patched = function (this: LibsqlDatabase, sql: string) {
    let statements = statementsOf.get(this)
    if (!statements) statementsOf.set(this, (statements = new Map()))
    let statement = statements.get(sql)
    if (!statement) statements.set(sql, (statement = prepare.call(this, sql)))
    return statement
  }
  reusing.reusesStatements = true
  prototype.prepare = reusing
}
