import path from 'node:path'
import { ConfigError } from '../base/errors/ConfigError'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type DatabaseTarget = {
  kind: DatabaseKind
  /** The URI handed to the adapter (for SQLite always a `file:` URL). */
  uri: string
  /** The URI with any password replaced, safe for logs. */
  redacted: string
  /**
   * PostgreSQL read replicas (DATABASE_REPLICA_URIS): anonymous reads go to them; signed-in people's reads and the
   * cache's recomputations after an edit go to the primary (src/db/readRouting.ts). `maxLagMs`
   * (DATABASE_REPLICA_MAX_LAG_MS): how far behind a replica may be; an answer read from one within that time after
   * an edit is not kept as current.
   */
  replicas?: { maxLagMs: number; uris: string[] }
  /**
   * PostgreSQL: how many distinct statements each connection keeps prepared (DATABASE_PREPARED_STATEMENTS, default
   * 500; 0: none, for a transaction-mode PgBouncer older than 1.21). src/db/preparedStatements.ts says why.
   */
  preparedStatements?: number
  /**
   * SQLite: each connection's page cache in megabytes (SQLITE_CACHE_MB, default 64; SQLite's own default is 2).
   * src/db/adapter.ts has the figures.
   */
  pageCacheMb?: number
}

export const DEFAULT_SQLITE_FILE = 'data/portal.db'

/**
 * SQLite's page cache per connection when SQLITE_CACHE_MB is not set: 64 MB instead of SQLite's 2 MB. A read
 * needing pages the cache does not hold reads them from the file again (from the operating system's cache, a
 * system call a page): on the full dataset (4 GB), a province-wide search ("dang ky ket hon", 9,400 news) took
 * 64–91 ms with 2 MB, 85 with 32 MB, 48 with 64 MB and 38 with 128 MB (no faster beyond); the bench's twenty
 * province-wide searches p50 94 → 63 ms. It costs memory: a server's resident memory after the long-tail load
 * 447–467 MB with 2 MB, 525–543 with 64 MB. A server holds one connection for reads and one for each write
 * transaction in progress (src/internals/libsqlConnections.ts); a write by any connection empties the others'.
 */
export const DEFAULT_SQLITE_CACHE_MB = 64

export const ACCEPTED_SCHEMES =
  'file: (SQLite), postgres:// or postgresql:// (PostgreSQL), mongodb:// or mongodb+srv:// (MongoDB)'

export class DatabaseUriError extends ConfigError {
  constructor(reason: string) {
    super(`DATABASE_URI ${reason}. Accepted schemes: ${ACCEPTED_SCHEMES}.`)
    this.name = 'DatabaseUriError'
  }
}

const SCHEMES: Record<string, DatabaseKind> = {
  'file:': 'sqlite',
  'mongodb+srv:': 'mongodb',
  'mongodb:': 'mongodb',
  'postgres:': 'postgres',
  'postgresql:': 'postgres',
}

/** Replaces the password of every URI in a text (a URI, an error message) with `***`. */
export const redactUri = (text: string): string =>
  text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):[^@/?#\s]*@/gi, '$1:***@')

/**
 * Decides which adapter `DATABASE_URI` selects. Unset means the embedded SQLite file under `./data/`.
 * Throws DatabaseUriError (whose message never contains the password) for anything else.
 */
export const parseDatabaseUri = (raw: string | undefined, cwd = process.cwd()): DatabaseTarget => {
  const value = raw?.trim()
  if (!value) {
    const uri = `file:${path.resolve(cwd, DEFAULT_SQLITE_FILE)}`
    return { kind: 'sqlite', redacted: uri, uri }
  }
  const redacted = redactUri(value)
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase()
  const kind = scheme ? SCHEMES[scheme] : undefined
  if (!kind) throw new DatabaseUriError(`"${redacted}" has no supported scheme`)

  if (kind === 'sqlite') {
    const file = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) throw new DatabaseUriError(`"${redacted}" names no file`)
    const uri = `file:${path.resolve(cwd, file)}`
    return { kind, redacted: uri, uri }
  }

  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    // The value is not echoed: an unparsable URI may hide its password where redaction cannot find it.
    throw new DatabaseUriError(
      `is not a valid ${scheme}// URI (characters such as @ # / in the password must be percent-encoded)`,
    )
  }
  if (!parsed.hostname) throw new DatabaseUriError(`"${redacted}" names no host`)
  if (kind === 'postgres' && parsed.pathname.replace(/^\//, '') === '') {
    throw new DatabaseUriError(`"${redacted}" names no database`)
  }
  return { kind, redacted, uri: value }
}

/** At most this many milliseconds of replica lag are allowed for: beyond it a replica is broken, not behind. */
const MAX_REPLICA_LAG_MS = 60_000

/**
 * DATABASE_REPLICA_URIS (comma-separated PostgreSQL URIs of read replicas of DATABASE_URI's database) and
 * DATABASE_REPLICA_MAX_LAG_MS (default 1000). Replicas only for PostgreSQL.
 */
export const parseReplicas = (
  uris: string | undefined,
  maxLag: string | undefined,
  primary: DatabaseTarget,
): DatabaseTarget['replicas'] => {
  const list = (uris ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
  if (list.length === 0) return undefined
  if (primary.kind !== 'postgres')
    throw new ConfigError(`DATABASE_REPLICA_URIS is for PostgreSQL only (DATABASE_URI is ${primary.kind}).`)
  for (const uri of list) {
    let target: DatabaseTarget | undefined
    try {
      target = parseDatabaseUri(uri)
    } catch {
      target = undefined
    }
    if (target?.kind !== 'postgres')
      throw new ConfigError(
        `DATABASE_REPLICA_URIS must be postgres:// URIs separated by commas (got "${redactUri(uri)}").`,
      )
  }
  const lag = Number(maxLag?.trim() || '1000')
  if (!Number.isInteger(lag) || lag < 0 || lag > MAX_REPLICA_LAG_MS)
    throw new ConfigError(
      `DATABASE_REPLICA_MAX_LAG_MS must be a whole number of milliseconds from 0 to ${MAX_REPLICA_LAG_MS} (got "${maxLag}").`,
    )
  return { maxLagMs: lag, uris: list }
}
