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
 * statements: parsed and analysed once), instead of sending it unnamed and having it parsed again at every run,
 * which is all Drizzle does for Payload, whose statements are large (lateral joins for every list and locale).
 *
 * Each run is still planned for its own values: the connections set `plan_cache_mode=force_custom_plan`
 * (src/db/adapter.ts; PostgreSQL 12 or later). PostgreSQL's default switches a statement to one generic plan after
 * five runs, and on the full benchmark dataset (219,157 documents) the generic plans of a portal's news list and
 * of the search's LIKE patterns were far worse than planning each time: home page p50 13.4 → 35.7 ms, a search
 * 9.5 → 83 ms. Planned each time, against unprepared statements on the same data: home page 11.7 → 10.2 ms, legal
 * filter 5.8 → 5.3, procedure by code 6.3 → 6.2, search 9.4 → 8.5 (stop 29).
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
