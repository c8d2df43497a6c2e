import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import querystring from 'node:querystring'

import { IDEMPOTENCY_HEADER } from '../idempotency/keys'
import type { CachedGraphql } from './graphql/answerCache'
import type { GraphqlParams } from './graphql/request'
import { hasSession } from './hasSession'

/** A connect-style middleware: runs on a plain Node request as well as on Express's (helmet, cors, ours). */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

type Options = {
  cookiePrefix: string
  /**
   * What every answer goes through before the cache, in Express's order: the request log, the security headers,
   * CORS. Each must call `next` at once for such a request (none of them refuses an anonymous POST).
   */
  headers: NodeMiddleware[]
  maxBodyBytes: number
  maxUrlLength: number
  serveHit: CachedGraphql['serveHit']
}

/**
 * Whether a request can be an anonymous GraphQL query whose answer may be cached, judged on its head alone: a POST
 * to /api/graphql, of JSON sent as it is (no Content-Encoding) with its length given and within the limit, without
 * a session, an Idempotency-Key or an address too long. Anything else takes Express's way untouched.
 */
const mayBeHit = (req: IncomingMessage, options: Options) => {
  const { headers } = req
  if (req.method !== 'POST' || !req.url || req.url.length > options.maxUrlLength) return false
  const path = req.url.split('?', 1)[0]
  if (path !== '/api/graphql') return false
  const length = Number(headers['content-length'])
  return (
    Number.isInteger(length) &&
    length > 0 &&
    length <= options.maxBodyBytes &&
    headers['transfer-encoding'] === undefined &&
    (headers['content-encoding'] === undefined || headers['content-encoding'] === 'identity') &&
    /^application\/json\b/i.test(headers['content-type'] ?? '') &&
    headers[IDEMPOTENCY_HEADER] === undefined &&
    !hasSession(req, options.cookiePrefix)
  )
}

/** The body, read whole (its length is known and small). */
const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })

/** A plain query's parameters; undefined for anything the whole way must judge (bad JSON, extensions, a batch). */
const paramsOf = (body: Buffer): (GraphqlParams & { query: string }) | undefined => {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  const { extensions, operationName, query, variables } = parsed as Record<string, unknown>
  if (extensions !== undefined || typeof query !== 'string') return undefined
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
    return undefined
  return parsed as GraphqlParams & { query: string }
}

const runAll = (middlewares: NodeMiddleware[], req: IncomingMessage, res: ServerResponse) => {
  for (const middleware of middlewares) {
    let passed = false
    middleware(req, res, () => (passed = true))
    if (!passed) throw new Error('hitsFirst: a header middleware did not pass the request on at once')
  }
}

/**
 * Cache hits answered before Express (issue 15: warm answers at 0.45 × a bare route). A cached answer went through
 * fifteen Express layers (router, security headers, compression, CORS, origin, idempotency, body parsing, two
 * document checks, persisted queries) only to be copied from memory: measured on this machine, Express's routing
 * alone halves a small handler's throughput. A request that can be a hit has its body read here; when the cache has
 * a fresh answer for it, the request log, security headers and CORS (the same middleware as Express's) run and the
 * cache sends it (src/http/graphql/answerCache.ts, the same code as for its other answers). Anything else — a
 * miss, a stale answer, a signed-in request, a body to refuse — goes on to Express with the body already read
 * (Express's body parser takes a finished request's `req.body` as it is), so every refusal and every computation
 * stays where it was. Only answers already computed for the same portal, query, variables, locale and media type
 * are served, so every check those passed holds for this request too.
 */
export const hitsFirst =
  (app: RequestListener, options: Options): RequestListener =>
  (req, res) => {
    if (!mayBeHit(req, options)) return app(req, res)
    readBody(req)
      .then(
        async (body) => {
          ;(req as IncomingMessage & { body?: Buffer }).body = body
          const params = paramsOf(body)
          const search = req.url!.split('?')[1] ?? ''
          const served =
            params !== undefined &&
            (await options.serveHit(req, res, params, {
              beforeSending: () => runAll(options.headers, req, res),
              locale: querystring.parse(search).locale,
            }))
          if (!served) app(req, res)
        },
        () => res.destroy(),
      )
      // Nothing sent yet: the whole way answers (and reports) it; else the response cannot be finished.
      .catch(() => (res.headersSent ? res.destroy() : app(req, res)))
  }
