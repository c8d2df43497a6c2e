import type { Payload } from 'payload'

import { cacheStoreOf } from '../cache/store'

type SqlConnections = {
  client?: { close: () => void }
  pool?: { end: () => Promise<void> }
}

const POOL_END_TIMEOUT_MS = 5000

/** pg's Pool.end() waits for every client to come back; one lost in an outage never does. */
const endPool = (pool: NonNullable<SqlConnections['pool']>): Promise<void> =>
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
  const { client, pool } = payload.db as unknown as SqlConnections
  await cacheStoreOf(payload)?.close()
  await payload.destroy()
  if (pool) await endPool(pool)
  client?.close()
  if (client) (payload.db as unknown as SqlConnections).client = undefined
}
