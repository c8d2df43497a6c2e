import { createRequire } from 'node:module'

type Statement = { run: (...args: unknown[]) => unknown }
type LibsqlDatabase = { prepare: (sql: string) => Statement }
type Patched = LibsqlDatabase['prepare'] & { setsBusyTimeout?: number }

const prepared = new WeakSet<LibsqlDatabase>()

/**
 * Writes on SQLite run in transactions (src/db/adapter.ts). `@libsql/client` gives each transaction the
 * client's connection and opens a fresh one for whatever comes next (`this.#db = null`, lib-esm/sqlite3.js),
 * without the `PRAGMA busy_timeout` Payload's adapter set on the first: the second writer then fails at once
 * with SQLITE_BUSY instead of waiting its turn. Every connection now sets the busy timeout the first time it
 * prepares a statement. Checked by libsqlBusyTimeout.test.ts.
 */
export const setBusyTimeoutOnEveryConnection = (timeoutMs: number): void => {
  const { prototype } = createRequire(import.meta.url)('libsql') as { prototype: LibsqlDatabase }
  const prepare = prototype.prepare as Patched
  if (prepare.setsBusyTimeout !== undefined) return
  const patched: Patched = function (this: LibsqlDatabase, sql: string) {
    if (!prepared.has(this)) {
      prepared.add(this)
      prepare.call(this, `PRAGMA busy_timeout = ${Math.trunc(timeoutMs)}`).run()
    }
    return prepare.call(this, sql)
  }
  patched.setsBusyTimeout = timeoutMs
  prototype.prepare = patched
}
