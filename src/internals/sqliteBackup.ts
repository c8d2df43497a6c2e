import { createRequire } from 'node:module'

type LibsqlDatabase = { close: () => void; exec: (sql: string) => void }
type LibsqlConstructor = new (file: string, options?: { timeout?: number }) => LibsqlDatabase

/**
 * Writes a consistent copy of a SQLite database to `target` with `VACUUM INTO`, on a connection of its own (the
 * `libsql` driver Payload's client is built on): on Payload's own connection SQLite refuses ("cannot VACUUM - SQL
 * statements in progress", its cached statements stay open). A copy taken while a server writes holds exactly
 * the transactions committed before it began (WAL). Checked by sqliteBackup.test.ts.
 */
export const copySqliteDatabase = (source: string, target: string, busyTimeoutMs = 10_000): void => {
  const Database = createRequire(import.meta.url)('libsql') as LibsqlConstructor
  const database = new Database(source, { timeout: busyTimeoutMs })
  try {
    database.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`)
  } finally {
    database.close()
  }
}
