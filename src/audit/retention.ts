import type { Payload, Where } from 'payload'

import { AUDIT_COLLECTION } from './actions'

/**
 * Removes the entries older than the retention period, from the oldest end only (so what remains is still one
 * unbroken chain, which `verifyAuditLog` checks from its first kept entry). Through the adapter: the collection
 * refuses deletions on every interface. Returns how many were removed; 0 days keeps everything.
 */
export const applyAuditRetention = async (payload: Payload, days: number, now = new Date()): Promise<number> => {
  if (days <= 0) return 0
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString()
  const newest = async (where?: Where) => {
    const { docs } = await payload.find({
      collection: AUDIT_COLLECTION,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select: { sequence: true },
      sort: '-sequence',
      where,
    })
    return (docs[0] as { sequence?: number } | undefined)?.sequence
  }
  const [newestOld, last] = [await newest({ at: { less_than: cutoff } }), await newest()]
  if (newestOld === undefined || last === undefined) return 0
  // The newest entry always stays: the next one chains to it, and an emptied log would restart the chain.
  const where: Where = { sequence: { less_than_equal: Math.min(newestOld, last - 1) } }
  const { totalDocs } = await payload.count({ collection: AUDIT_COLLECTION, overrideAccess: true, where })
  await payload.db.deleteMany({ collection: AUDIT_COLLECTION, where })
  return totalDocs
}

/** How often a server applies the retention period while it runs. */
const DAY_MS = 86_400_000

/**
 * Applies the retention period now and once a day while the process runs (logging what it removed); returns
 * the function that stops it. Nothing at all when everything is kept.
 */
export const keepAuditRetention = (payload: Payload, days: number): (() => void) => {
  if (days <= 0) return () => undefined
  const run = () =>
    applyAuditRetention(payload, days)
      .then((removed) => {
        if (removed) payload.logger.info(`Audit log: removed ${removed} entries older than ${days} days.`)
      })
      .catch((error) => payload.logger.error({ err: error, msg: 'Audit log retention failed' }))
  void run()
  const timer = setInterval(run, DAY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
