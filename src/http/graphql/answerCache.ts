import { createHash } from 'node:crypto'

import type { Request as ExpressRequest, RequestHandler } from 'express'
import { Kind, parse } from 'graphql'

import { portalNameOf } from '../../../tenants/portalUnit'
import { type GraphqlParams, graphqlParamsOf } from './request'
import { hasSession } from '../hasSession'
import { sendWebResponse, toWebRequest } from '../webBridge'
import type { CacheEntry, CacheStore } from '../../cache/store'
import { trackTags } from '../../cache/tracking'

type FetchHandler = (request: Request) => Promise<Response>

/** Answers may be reused, but only after checking with the server (ETag), so a publish shows at once. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

const isQueryOnly = (query: string, operationName?: string) => {
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    const chosen = operationName
      ? operations.find((operation) => operation.name?.value === operationName)
      : operations[0]
    return operations.length > 0 && chosen?.operation === 'query'
  } catch {
    return false
  }
}

/** Which portal a request names, decided where public reads decide it (tenants/portalUnit.ts). */
const portalKeyOf = (req: ExpressRequest) =>
  JSON.stringify(
    portalNameOf((name) => {
      const value = req.headers[name]
      return typeof value === 'string' ? value : undefined
    }) ?? null,
  )

/** Same portal, query, variables and locale: same answer. */
const keyOf = (req: ExpressRequest, params: GraphqlParams) =>
  sha256(
    JSON.stringify([
      portalKeyOf(req),
      params.query,
      params.variables ?? null,
      params.operationName ?? null,
      req.query.locale ?? null,
      req.headers.accept ?? null,
    ]),
  )

const etagMatches = (header: string | undefined, etag: string) =>
  Boolean(header && header.split(',').some((candidate) => candidate.trim() === etag || candidate.trim() === '*'))

/**
 * Caches anonymous GraphQL query answers per (portal, query, variables, locale), with the tags the answer
 * depends on (recorded by hooks while it is computed); edits invalidate those tags (src/cache/hooks.ts). Every
 * cacheable answer carries an ETag; a matching If-None-Match gets 304. Signed-in requests and mutations pass by.
 */
export const cachedGraphql =
  (handler: FetchHandler, store: CacheStore, cookiePrefix: string): RequestHandler =>
  async (req, res, next) => {
    try {
      const params = graphqlParamsOf(req, res)
      if (!params?.query || hasSession(req, cookiePrefix)) {
        res.setHeader('cache-control', 'private, no-store')
        return await sendWebResponse(await handler(toWebRequest(req, res)), res)
      }
      const key = keyOf(req, params)
      const cached = await store.get(key)
      const reply = (
        { body, contentType, etag }: Pick<CacheEntry, 'body' | 'contentType' | 'etag'>,
        status: 'HIT' | 'MISS',
      ) => {
        res.setHeader('cache-control', PUBLIC_CACHE_CONTROL)
        res.setHeader('etag', etag)
        res.setHeader('vary', 'X-Portal-Unit, Host')
        res.setHeader('x-cache', status)
        if (etagMatches(req.headers['if-none-match'], etag)) return res.status(304).end()
        res.status(200).setHeader('content-type', contentType)
        res.send(body)
      }
      if (cached) return reply(cached, 'HIT')

      const tags = new Set<string>()
      const startedAt = Date.now()
      const response = await trackTags(tags, () => handler(toWebRequest(req, res)))
      const body = await response.text()
      const storable =
        response.status === 200 && isQueryOnly(params.query, params.operationName) && !body.includes('"errors"')
      if (!storable) {
        res.setHeader('cache-control', 'no-store')
        res.status(response.status)
        response.headers.forEach((value, name) => name !== 'content-length' && res.setHeader(name, value))
        return res.send(body)
      }
      const entry = {
        body,
        // Answers differ by the media type the client accepted (application/json or graphql-response+json).
        contentType: response.headers.get('content-type') ?? 'application/json',
        etag: `"${sha256(body).slice(0, 32)}"`,
        startedAt,
        tags: [...tags],
      }
      await store.set(key, entry)
      reply(entry, 'MISS')
    } catch (error) {
      next(error)
    }
  }
