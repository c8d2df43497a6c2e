import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** One log line per request through Payload's logger, written when the response is finished. */
export const requestLog =
  (logger: Payload['logger']): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10
      const path = req.originalUrl.split('?')[0]
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
