import { Router } from 'express'
import type { Payload } from 'payload'

import { cacheStoreOf } from '../cache/store'
import { databaseUnavailableCause } from '../db/databaseErrors'
import { probeDatabase } from '../db/probe'
import { redactUri } from '../settings/databaseUri'

const READY_TIMEOUT_MS = 3000

/** An unknown error's first line, without the SQL that drizzle puts after "Failed query:". */
const firstLine = (message: string) => message.split('\n')[0]!.replace(/^Failed query:.*$/s, 'the query failed')

/** The answer cache as `/readyz` reports it: a degraded cache (Redis away) is reported, never a reason to fail. */
const cacheState = (payload: Payload) => cacheStoreOf(payload)?.status() ?? { kind: 'off', state: 'ok' }

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
      await probeDatabase(payload, READY_TIMEOUT_MS)
      res.json({ cache: cacheState(payload), database: payload.db.name, status: 'ready' })
    } catch (error) {
      const cause = databaseUnavailableCause(error) ?? firstLine(redactUri((error as Error).message ?? String(error)))
      const reason = `database did not answer: ${cause}`
      payload.logger.warn({ msg: `readiness check failed: ${reason}` })
      res.status(503).json({ cache: cacheState(payload), database: payload.db.name, reason, status: 'unavailable' })
    }
  })
  return router
}
