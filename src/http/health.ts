import { Router } from 'express'
import type { Payload } from 'payload'

import { redactUri } from '../settings/databaseUri'

const READY_TIMEOUT_MS = 3000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })

/**
 * `/healthz`: the process is alive (for restarts). `/readyz`: the database answers a real query (for load
 * balancers); 503 with a short reason when it does not.
 */
export const healthRoutes = (payload: Payload): Router => {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    try {
      await withTimeout(payload.count({ collection: 'payload-migrations', overrideAccess: true }), READY_TIMEOUT_MS)
      res.json({ database: payload.db.name, status: 'ready' })
    } catch (error) {
      const reason = `database did not answer: ${redactUri((error as Error).message ?? String(error))}`
      payload.logger.warn({ msg: `readiness check failed: ${reason}` })
      res.status(503).json({ database: payload.db.name, reason, status: 'unavailable' })
    }
  })
  return router
}
