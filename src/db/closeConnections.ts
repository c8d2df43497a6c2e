import type { Payload } from 'payload'

import { cacheStoreOf } from '../cache/store'
import { forgetSqliteClient, sqliteClientOf, sqlPoolOf } from '../internals/sqlAdapter'

const POOL_END_TIMEOUT_MS = 5000

/** pg's Pool.end() waits for every client to come back; one lost in an outage never does. */
const endPool = (pool: { end: () => Promise<void> }): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, POOL_END_TIMEOUT_MS)
    pool.end().then(
      () => {
        clearTimeout(timer)
        resolve()
      },
      () => {
        clearTimeout(timer)
        resolve()
      },
    )
  })

/**
 * `payload.destroy()` closes MongoDB's connection, but Payload's SQL adapters leave their connections open
 * (the PostgreSQL pool, the libSQL client), which keeps the process alive. This closes them too, and the
 * cache's Redis connection.
 */
export const closeConnections = async (payload: Payload): Promise<void> => {
  const pool = sqlPoolOf(payload)
  const client = sqliteClientOf(payload)
  await cacheStoreOf(payload)?.close()
  await payload.destroy()
  if (pool) await endPool(pool)
  client?.close()
  if (client) forgetSqliteClient(payload)
}
