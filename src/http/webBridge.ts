import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'

/**
 * Payload's handlers speak the Fetch API (Request in, Response out); Express speaks Node streams. These two
 * functions translate at the edge without buffering bodies, so uploads and downloads stream through.
 */
/** An Express request's headers as Web `Headers`. */
export const webHeadersOf = (req: ExpressRequest): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return headers
}

/** The address the request was made to, as the client named it. */
const urlOf = (req: ExpressRequest) => new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)

export const toWebRequest = (req: ExpressRequest, res: ExpressResponse): Request => {
  const url = urlOf(req)
  const headers = webHeadersOf(req)
  const aborted = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) aborted.abort()
  })
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // A body an earlier middleware already read (GraphQL's, see src/limits/graphqlBody.ts) is passed on as it is.
  const buffered: unknown = req.body
  if (hasBody && Buffer.isBuffer(buffered)) {
    return new Request(url, { body: new Uint8Array(buffered), headers, method: req.method, signal: aborted.signal })
  }
  return new Request(url, {
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Node's fetch needs `duplex` for a streamed body; the DOM typings do not know it yet.
    ...(hasBody ? { duplex: 'half' } : {}),
    headers,
    method: req.method,
    signal: aborted.signal,
  } as RequestInit)
}

/**
 * The request as a Web `Request` that can be made again after the response was sent (a body an earlier
 * middleware buffered is copied): for recomputing a cached answer without anyone waiting for it.
 */
export const replayable = (req: ExpressRequest): (() => Request) => {
  const url = urlOf(req)
  const headers = webHeadersOf(req)
  const buffered: unknown = req.body
  const body =
    req.method !== 'GET' && req.method !== 'HEAD' && Buffer.isBuffer(buffered) ? new Uint8Array(buffered) : undefined
  return () => new Request(url, { body, headers, method: req.method })
}

export const sendWebResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res)
}

/** An Express handler serving a fetch-style handler (Payload's REST endpoints, GraphQL, the playground). */
export const serveFetch =
  (handler: (request: Request) => Promise<Response>): RequestHandler =>
  async (req, res, next) => {
    try {
      await sendWebResponse(await handler(toWebRequest(req, res)), res)
    } catch (error) {
      next(error)
    }
  }
