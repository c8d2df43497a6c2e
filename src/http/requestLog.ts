import type { Payload } from 'payload'

import type { NodeMiddleware } from './hitsFirst'

/** One log line per request through Payload's logger, written when the response is finished. */
export const requestLog =
  (logger: Payload['logger']): NodeMiddleware =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10
      // Express's `originalUrl` (its routers rewrite `url`); a plain request's own (cache hits, src/http/hitsFirst.ts).
      const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0]
      logger.info({
        method: req.method,
        ms,
        msg: `${req.method} ${path} ${res.statusCode} ${ms} ms`,
        path,
        status: res.statusCode,
      })
    })
    next()
  }
