import { createHash } from 'node:crypto'

import type { Client } from 'pg'

import { memoByText } from '../base/memoByText'

type QueryConfig = { name?: unknown; submit?: unknown; text?: unknown; values?: unknown }

/**
 * The name a statement is prepared under: its text's hash, so one text has one name on every connection. Kept per
 * text (hashing every statement's text was 1.6 % of an import's time).
 */
export const statementName = memoByText(
  (text: string): string => `s_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`,
  { maxEntries: 2000 },
)

const hasValues = (config: QueryConfig, values: unknown): boolean =>
  (Array.isArray(values) && values.length > 0) || (Array.isArray(config.values) && config.values.length > 0)

/**
 * A node-postgres client that prepares each parameterised statement once per connection (PostgreSQL's named
 * statements: parsed, analysed and, after five runs, planned once), instead of sending it unnamed and having it
 * parsed and planned again at every run, which is all Drizzle does for Payload. Payload's reads are large
 * (lateral joins for every list and locale): planning a procedure's read took 3.3 of its 7 ms in PostgreSQL (stop
 * 28), and a find through Payload went from 3.0–3.9 to 2.2–2.3 ms with the same work in Node.
 *
 * Only statements with parameters are named (what Drizzle sends; no DDL, no `begin`), and at most `kept` distinct
 * ones per connection: later ones run unnamed as before, so a flood of odd queries (any `where` a visitor writes
 * over GraphQL is a new text) costs a connection's memory at most `kept` statements and never an error. Nothing is
 * ever deallocated: a connection's statements go with it (the pool closes idle connections after 10 s).
 * `kept` 0 gives node-postgres's own client: what a transaction-mode PgBouncer older than 1.21 needs. The client
 * class is passed in (node-postgres is loaded only on PostgreSQL).
 */
export const preparingClient = (PlainClient: typeof Client, kept: number): typeof Client => {
  if (kept <= 0) return PlainClient
  const plainQuery = PlainClient.prototype.query as (...args: unknown[]) => unknown
  class PreparingClient extends PlainClient {
    /** The names this connection has used (so, prepared or being prepared). */
    readonly preparedNames = new Set<string>()
  }
  const query = function (this: PreparingClient, config: unknown, values?: unknown, ...rest: unknown[]) {
    const asked: QueryConfig | null = typeof config === 'string' ? { text: config } : (config as QueryConfig | null)
    if (
      asked !== null &&
      typeof asked === 'object' &&
      typeof asked.text === 'string' &&
      asked.name === undefined &&
      typeof asked.submit !== 'function' &&
      hasValues(asked, values)
    ) {
      const name = statementName(asked.text)
      if (this.preparedNames.has(name) || this.preparedNames.size < kept) {
        this.preparedNames.add(name)
        return plainQuery.call(this, { ...asked, name }, values, ...rest)
      }
    }
    return plainQuery.call(this, config, values, ...rest)
  }
  Object.defineProperty(PreparingClient.prototype, 'query', { configurable: true, value: query, writable: true })
  return PreparingClient
}
