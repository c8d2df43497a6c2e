import type { Payload } from 'payload'

type SqlConnections = {
  client?: { close: () => void }
  pool?: { end: () => Promise<void> }
}

/**
 * `payload.destroy()` closes MongoDB's connection, but Payload's SQL adapters leave their connections open
 * (the PostgreSQL pool, the libSQL client), which keeps the process alive. This closes them too.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const { client, pool } = payload.db as unknown as SqlConnections
  await payload.destroy()
  await pool?.end()
  client?.close()
  if (client) (payload.db as unknown as SqlConnections).client = undefined
}
