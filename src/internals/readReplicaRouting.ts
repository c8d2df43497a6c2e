import type { DatabaseAdapterObj } from 'payload'

/**
 * Sends the reads `wanted()` picks to the primary on Payload's PostgreSQL adapter with read replicas. The adapter
 * (@payloadcms/drizzle 3.90, `utilities/getTransaction.js`) sends a read outside a transaction to a replica unless
 * `shouldReadFromPrimary(adapter)` says a write happened in *this process* less than
 * `readReplicasAfterWriteInterval` (2 s) ago, from `adapter.lastWriteTimestamp`. That window misses a write made
 * through another process (several workers or API nodes); this makes the timestamp read as "now" while `wanted()`
 * is true, so the adapter's own rule takes the primary. readReplicaRouting.test.ts fails if an upgrade stops
 * reading the timestamp that way.
 */
export const routeReadsToPrimary = (adapterObj: DatabaseAdapterObj, wanted: () => boolean): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    let lastWrite: number | undefined
    Object.defineProperty(adapter, 'lastWriteTimestamp', {
      configurable: true,
      enumerable: true,
      get: () => (wanted() ? Date.now() : lastWrite),
      set: (value: number | undefined) => {
        lastWrite = value
      },
    })
    return adapter
  },
})
