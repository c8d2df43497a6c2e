import path from 'node:path'
import { ConfigError } from '../base/errors/ConfigError'

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type DatabaseTarget = {
  kind: DatabaseKind
  /** The URI handed to the adapter (for SQLite always a `file:` URL). */
  uri: string
  /** The URI with any password replaced, safe for logs. */
  redacted: string
}

export const DEFAULT_SQLITE_FILE = 'data/portal.db'

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
