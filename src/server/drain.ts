import type http from 'node:http'

import { languageOf } from '../base/language'

const RETRY_AFTER_S = 5

const UNAVAILABLE = {
  en: 'The server is restarting; send the request again in a moment.',
  vi: 'Máy chủ đang khởi động lại; vui lòng gửi lại yêu cầu sau giây lát.',
}

export type Drainable = {
  /** Stops taking requests on every connection and resolves once those in flight have been answered. */
  drain: () => Promise<void>
  listener: http.RequestListener
}

/**
 * Shutdown that loses nothing under keep-alive load. Once `drain()` is called, a request arriving on any open
 * connection is answered at once with 503, `Retry-After` and `Connection: close` (clients send it again to another
 * node or after the restart); requests already in flight run to the end and their answers say `Connection: close`;
 * every connection is closed as soon as it is idle. Without this, open keep-alive connections were served new
 * requests for the whole drain period and then cut mid-request (a write stored but never acknowledged).
 */
export const drainable = (server: () => http.Server | undefined, app: http.RequestListener): Drainable => {
  let draining = false
  const inFlight = new Set<http.ServerResponse>()
  let settle: (() => void) | undefined
  const settled = new Promise<void>((resolve) => (settle = resolve))

  const done = (res: http.ServerResponse) => {
    if (!inFlight.delete(res) || !draining) return
    server()?.closeIdleConnections()
    if (inFlight.size === 0) settle?.()
  }

  const listener: http.RequestListener = (req, res) => {
    if (draining) {
      const body = JSON.stringify({ errors: [{ message: UNAVAILABLE[languageOf(req.headers['accept-language'])] }] })
      res.writeHead(503, {
        connection: 'close',
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(RETRY_AFTER_S),
      })
      res.end(body)
      return
    }
    inFlight.add(res)
    res.once('close', () => done(res))
    app(req, res)
  }

  const drain = () => {
    if (!draining) {
      draining = true
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close')
      server()?.closeIdleConnections()
      if (inFlight.size === 0) settle?.()
    }
    return settled
  }

  return { drain, listener }
}
