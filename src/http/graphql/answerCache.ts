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

/** What one computation of an answer gave: an entry stored in the cache, or an answer not to store (an error). */
type Computed = { entry: CacheEntry } | { answer: { body: string; headers: Array<[string, string]>; status: number } }

/**
 * Caches anonymous GraphQL query answers per (portal, query, variables, locale), with the tags the answer
 * depends on (recorded by hooks while it is computed); edits invalidate those tags (src/cache/hooks.ts). Every
 * cacheable answer carries an ETag; a matching If-None-Match gets 304. Signed-in requests and mutations pass by.
 *
 * Single flight: while an answer is being computed, the requests for the same key that arrive wait for that
 * computation instead of starting their own (a storm on one portal's home page computed it once per request
 * before: 66 timeouts at 50 connections, issue 15). A request that joined is served the shared answer only if
 * the cache still holds it afterwards, fresh: when an edit invalidated it meanwhile (or the computation failed
 * or gave an error), that request computes its own, so no one who arrived after an edit is served what came
 * before it. While the cache store is degraded (Redis away) there is nothing to ask, and the shared answer is
 * served: at most one computation's time behind, where a stampede would fall on the database.
 */
export const cachedGraphql = (handler: FetchHandler, store: CacheStore, cookiePrefix: string): RequestHandler => {
  const flights = new Map<string, Promise<Computed>>()
  return async (req, res, next) => {
    try {
      const params = graphqlParamsOf(req, res)
      if (!params?.query || hasSession(req, cookiePrefix)) {
        res.setHeader('cache-control', 'private, no-store')
        return await sendWebResponse(await handler(toWebRequest(req, res)), res)
      }
      const key = keyOf(req, params)
      const reply = (
        { body, contentType, etag }: Pick<CacheEntry, 'body' | 'contentType' | 'etag'>,
        status: 'HIT' | 'MISS' | 'SHARED',
      ) => {
        res.setHeader('cache-control', PUBLIC_CACHE_CONTROL)
        res.setHeader('etag', etag)
        res.setHeader('vary', 'X-Portal-Unit, Host')
        res.setHeader('x-cache', status)
        if (etagMatches(req.headers['if-none-match'], etag)) return res.status(304).end()
        res.status(200).setHeader('content-type', contentType)
        res.send(body)
      }
      const passOn = ({
        body,
        headers,
        status,
      }: {
        body: string
        headers: Array<[string, string]>
        status: number
      }) => {
        res.setHeader('cache-control', 'no-store')
        res.status(status)
        for (const [name, value] of headers) if (name !== 'content-length') res.setHeader(name, value)
        return res.send(body)
      }
      /** Runs the query; keeps the answer in the cache when it may be (a query's, without errors). */
      const compute = async (keep = true): Promise<Computed> => {
        const tags = new Set<string>()
        const startedAt = Date.now()
        const response = await trackTags(tags, () => handler(toWebRequest(req, res)))
        const body = await response.text()
        if (!keep || response.status !== 200 || body.includes('"errors"'))
          return { answer: { body, headers: [...response.headers], status: response.status } }
        const entry = {
          body,
          // Answers differ by the media type the client accepted (application/json or graphql-response+json).
          contentType: response.headers.get('content-type') ?? 'application/json',
          etag: `"${sha256(body).slice(0, 32)}"`,
          startedAt,
          tags: [...tags],
        }
        await store.set(key, entry)
        return { entry }
      }
      // A mutation is never shared nor stored: each request runs its own.
      if (!isQueryOnly(params.query, params.operationName)) {
        const computed = await compute(false)
        return 'answer' in computed ? passOn(computed.answer) : undefined
      }
      const cached = await store.get(key)
      if (cached) return reply(cached, 'HIT')

      let flight = flights.get(key)
      if (!flight) {
        const started = compute()
        flight = started
        flights.set(key, started)
        // Settled either way: the next request after it starts afresh (a failure reaches its requests below).
        void started.then(
          () => flights.delete(key),
          () => flights.delete(key),
        )
        const computed = await started
        return 'answer' in computed ? passOn(computed.answer) : reply(computed.entry, 'MISS')
      }
      const shared = await flight.catch(() => undefined)
      const stillFresh =
        shared && 'entry' in shared && (store.status().state === 'degraded' || (await store.get(key)) !== undefined)
      if (stillFresh) return reply(shared.entry, 'SHARED')
      const computed = await compute()
      return 'answer' in computed ? passOn(computed.answer) : reply(computed.entry, 'MISS')
    } catch (error) {
      next(error)
    }
  }
}
