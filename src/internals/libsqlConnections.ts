import { createRequire } from 'node:module'

type Statement = { run: (...args: unknown[]) => unknown }
type LibsqlDatabase = { prepare: (sql: string) => Statement }
type Patched = LibsqlDatabase['prepare'] & { configures?: ConnectionSettings }

/** What every SQLite connection is set to when it opens. */
export type ConnectionSettings = {
  /** How long a writer waits for the write lock before failing with SQLITE_BUSY. */
  busyTimeoutMs: number
  /** SQLite's page cache of the connection, in KiB (`PRAGMA cache_size`). */
  pageCacheKiB: number
}

const prepared = new WeakSet<LibsqlDatabase>()

/**
 * Settings SQLite keeps per connection, set on every connection the first time it prepares a statement.
 *
 * Why every connection: writes on SQLite run in transactions (src/db/adapter.ts), and `@libsql/client` gives each
 * transaction the client's connection and opens a fresh one for whatever comes next (`this.#db = null`,
 * lib-esm/sqlite3.js), without the `PRAGMA busy_timeout` Payload's adapter set on the first: the second writer
 * then failed at once with SQLITE_BUSY instead of waiting its turn. The page cache likewise: SQLite's default is
 * 2 MB a connection, and the pages it does not hold it reads again from the file at each statement. Checked by
 * libsqlConnections.test.ts.
 */
export const configureEveryConnection = (settings: ConnectionSettings): void => {
  const { prototype } = createRequire(import.meta.url)('libsql') as { prototype: LibsqlDatabase }
  const prepare = prototype.prepare as Patched
  if (prepare.configures !== undefined) return
  const patched: Patched = function (this: LibsqlDatabase, sql: string) {
    if (!prepared.has(this)) {
      prepared.add(this)
      prepare.call(this, `PRAGMA busy_timeout = ${Math.trunc(settings.busyTimeoutMs)}`).run()
      prepare.call(this, `PRAGMA cache_size = ${-Math.trunc(settings.pageCacheKiB)}`).run()
    }
    return prepare.call(this, sql)
  }
  patched.configures = settings
  prototype.prepare = patched
}
