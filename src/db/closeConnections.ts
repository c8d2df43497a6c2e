import type { Payload } from 'payload'

import { cacheStoreOf } from '../cache/store'
import { endSqlPool, forgetSqliteClient, sqliteClientOf } from '../internals/sqlAdapter'

/** A pool whose clients do not all come back by then (one lost in an outage) is left to the process's exit. */
const POOL_END_TIMEOUT_MS = 5000

/**
 * `payload.destroy()` closes MongoDB's connection, but Payload's SQL adapters leave their connections open
 * (the PostgreSQL pool, the libSQL client), which keeps the process alive. This closes them too, and the
 * cache's Redis connection.
 */
export const closeConnections = async (payload: Payload): Promise<void> => {
  const client = sqliteClientOf(payload)
  await cacheStoreOf(payload)?.close()
  await payload.destroy()
  await endSqlPool(payload, POOL_END_TIMEOUT_MS)
  client?.close()
  if (client) forgetSqliteClient(payload)
}
