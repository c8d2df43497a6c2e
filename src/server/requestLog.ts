import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** One log line per request through Payload's logger, written when the response is finished. */
export const requestLog =
  (logger: Payload['logger']): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      logger.info({
        method: req.method,
        ms: Math.round(ms * 10) / 10,
        msg: `${req.method} ${req.originalUrl.split('?')[0]} ${res.statusCode}`,
        status: res.statusCode,
      })
    })
    next()
  }
