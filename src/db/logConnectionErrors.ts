import type { Payload } from 'payload'

import { replicaPoolsOf, sqlPoolOf } from '../internals/sqlAdapter'

/**
 * When PostgreSQL ends an idle pooled connection (a restart, a failover, an administrator), pg's Pool emits
 * 'error'; with no listener Node turns that into an uncaught exception and the server dies. The pool replaces
 * the connection on the next query, so the right response is a log line (and /readyz tells the truth meanwhile).
 */
export const logConnectionErrors = (payload: Payload): void => {
  const logLost = (what: string) => (error: Error) =>
    payload.logger.error({ err: loggedError(error), msg: `${what} connection lost: ${error.message}` })
  sqlPoolOf(payload)?.on('error', logLost('database'))
  // The same for each read replica's pool (DATABASE_REPLICA_URIS).
  for (const replica of replicaPoolsOf(payload)) replica.on('error', logLost('read replica'))
}

/**
 * What of a pool's error goes to the log: pg attaches the whole `client` (its connection, buffers, type parsers:
 * about 5 KB of JSON a line) to the errors it emits, and the logger wrote all of it.
 */
export const loggedError = (error: Error): { code?: string; message: string; name: string; stack?: string } => ({
  code: (error as { code?: string }).code,
  message: error.message,
  name: error.name,
  stack: error.stack,
})
