import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'
import { Kind, parse } from 'graphql'

import { portalNameOf } from '../../../tenants/portalUnit'
import { type GraphqlParams, graphqlParamsOf } from './request'
import { hasSession } from '../hasSession'
import { chosenEncoding, type Encoding, precompress } from '../precompressed'
import { replayable, sendWebResponse, toWebRequest } from '../webBridge'
import { type Background, backgroundWork } from '../../base/background'
import { inParallel } from '../../base/inParallel'
import { readingPrimary } from '../../db/readRouting'
import { memoByText } from '../../base/memoByText'
import { hotAnswers } from './hotAnswers'
import { type CacheEntry, type CacheLogger, type CacheStore, consoleCacheLogger } from '../../cache/store'
import { trackTags } from '../../cache/tracking'
import { edgeTagValue, publicCacheControl } from '../../cache/rules/edge'

type FetchHandler = (request: Request) => Promise<Response>

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A document's operations by name ('' for the one run without a name): parsed once per text, since pages repeat their queries. */
const operationsOf = memoByText((query: string): Map<string, string> => {
  try {
    const operations = parse(query).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    const byName = operations.flatMap((operation) =>
      operation.name ? [[operation.name.value, operation.operation] as const] : [],
    )
    // Without an operation name, graphql-http runs the first one.
    return new Map([...byName, ...(operations[0] ? [['', operations[0].operation] as const] : [])])
  } catch {
    return new Map()
  }
})

/** Whether the operation run is a query. */
const isQueryOnly = (query: string, operationName?: string) => operationsOf(query).get(operationName ?? '') === 'query'

/** Which portal a request names, decided where public reads decide it (tenants/portalUnit.ts). */
const portalKeyOf = (headers: IncomingHttpHeaders) =>
  JSON.stringify(
    portalNameOf((name) => {
      const value = headers[name]
      return typeof value === 'string' ? value : undefined
    }) ?? null,
  )

/**
 * Same portal, query, variables and locale: same answer. `locale` is the query string's, as Express's `req.query`
 * gives it (Node's querystring: a string, or a list when repeated).
 */
const keyOf = (headers: IncomingHttpHeaders, locale: unknown, params: GraphqlParams) =>
  sha256(
    JSON.stringify([
      portalKeyOf(headers),
      params.query,
      params.variables ?? null,
      params.operationName ?? null,
      locale ?? null,
      headers.accept ?? null,
    ]),
  )

/** An encoding's ETag: the answer's, marked (a strong validator names one representation, RFC 9110 8.8.3). */
const etagOf = (etag: string, encoding: Encoding | undefined) => (encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag)

/** If-None-Match names the answer in any of its encodings (or is `*`). */
const etagMatches = (header: string | undefined, etag: string) =>
  Boolean(
    header &&
    header.split(',').some((candidate) => {
      const named = candidate
        .trim()
        .replace(/^W\//, '')
        .replace(/-(br|gzip)"$/, '"')
      return named === etag || named === '*'
    }),
  )

/** What one computation of an answer gave: an entry stored in the cache, or an answer not to store (an error). */
type Computed = { entry: CacheEntry } | { answer: { body: string; headers: Array<[string, string]>; status: number } }

/** Another process's computation of an answer is waited for this long at most, then this one computes its own. */
const CLAIM_MS = 10_000
/** How often a process waiting for another's computation looks for its answer. */
const POLL_MS = 25
/** How often the most requested answers are looked at, to recompute those an edit made stale. */
const HOT_REFRESH_MS = 250
/** A background recomputation whose result no request waits for (another process made it). */
const NOT_NEEDED = { body: '', headers: [], status: 204 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Caches anonymous GraphQL query answers per (portal, query, variables, locale), with the tags the answer
 * depends on (recorded by hooks while it is computed); edits invalidate those tags (src/cache/hooks.ts), once
 * committed. Every cacheable answer carries an ETag; a matching If-None-Match gets 304. Signed-in requests and
 * mutations pass by, computed for each (so editors always read their own writes).
 *
 * - Stale-while-revalidate: an answer an edit made stale is still served (`X-Cache: STALE`) for less than the
 *   store's allowed staleness after that edit (CACHE_MAX_STALE_MS, src/cache/rules/staleness.ts), while one
 *   recomputation runs in the background; after that, readers wait for the fresh answer.
 * - Single flight: while an answer is being computed, the requests for the same key that arrive wait for that
 *   computation instead of starting their own (a storm on one portal's home page computed it once per request
 *   before: 66 timeouts at 50 connections, issue 15); across the processes sharing Redis too, through a claim
 *   in the store: a process that finds another's claim waits for its answer (at most 10 s). A request that
 *   joined is served the shared answer only if the cache still holds it afterwards (fresh, or stale within the
 *   allowed staleness): when an edit invalidated it beyond that (or the computation failed or gave an error),
 *   that request computes its own. While the store is degraded (Redis away) there is nothing to ask, and the
 *   shared answer is served: at most one computation's time behind, where a stampede would fall on the database.
 */
type Options = {
  /** Where recomputations no reader waits for are kept, so shutdown waits for them (default: this cache's own). */
  background?: Background
  cookiePrefix: string
  /** A shared cache in front (EDGE_MAX_AGE, EDGE_TAG_HEADER); maxAgeSeconds 0: browsers and edges revalidate. */
  edge?: { maxAgeSeconds: number; tagHeader: string }
  /** How many of its most requested answers this process recomputes after an edit (CACHE_HOT_ANSWERS; default 32). */
  hotAnswers?: number
  log?: CacheLogger
  /** The store's allowed staleness (CACHE_MAX_STALE_MS), told to edges as stale-while-revalidate. */
  maxStaleMs?: number
  /** PostgreSQL read replicas in use (DATABASE_REPLICA_URIS), at most `maxLagMs` behind. */
  replicas?: { maxLagMs: number }
}

/** The cache's Express handler, and its way of serving a fresh answer to a request that skipped Express. */
export type CachedGraphql = {
  serve: RequestHandler
  serveHit: (
    req: IncomingMessage,
    res: ServerResponse,
    params: GraphqlParams & { query: string },
    context: { beforeSending: () => void; locale: unknown },
  ) => Promise<boolean>
}

export const cachedGraphql = (
  handler: FetchHandler,
  store: CacheStore,
  {
    background = backgroundWork(),
    cookiePrefix,
    edge,
    hotAnswers: hotCount = 32,
    log = consoleCacheLogger,
    maxStaleMs = 0,
    replicas,
  }: Options,
): CachedGraphql => {
  const flights = new Map<string, Promise<Computed>>()

  /** One computation per key at a time in this process (`compute` says how), forgotten once settled. */
  const flightFor = (key: string, compute: () => Promise<Computed>) => {
    const running = flights.get(key)
    if (running) return { flight: running, joined: true }
    const flight = compute()
    flights.set(key, flight)
    void flight.then(
      () => flights.delete(key),
      () => flights.delete(key),
    )
    return { flight, joined: false }
  }

  /**
   * Runs the query; keeps the answer in the cache when it may be (a query's, without errors). With read replicas,
   * a recomputation after an edit (`afterEdit`) reads the primary, so the answer it stores contains the edit; any
   * other reads a replica and counts as begun `maxLagMs` earlier: when an edit it depends on is more recent than
   * that (the replica may not have it yet), the answer is stale at once and computed again from the primary.
   */
  const computeWith = async (
    key: string,
    request: () => Request,
    { afterEdit = false, keep = true }: { afterEdit?: boolean; keep?: boolean } = {},
  ): Promise<Computed> => {
    const tags = new Set<string>()
    const fromReplica = replicas !== undefined && !afterEdit
    const startedAt = Date.now() - (fromReplica ? replicas.maxLagMs : 0)
    const run = () => trackTags(tags, () => handler(request()))
    const response = await (replicas && afterEdit ? readingPrimary(run) : run())
    const body = await response.text()
    if (!keep || response.status !== 200 || body.includes('"errors"'))
      return { answer: { body, headers: [...response.headers], status: response.status } }
    const entry: CacheEntry = {
      body,
      // Answers differ by the media type the client accepted (application/json or graphql-response+json).
      contentType: response.headers.get('content-type') ?? 'application/json',
      encoded: await precompress(body),
      etag: `"${sha256(body).slice(0, 32)}"`,
      startedAt,
      tags: [...tags],
    }
    await store.set(key, entry)
    // Read from a replica within the allowed lag after an edit of what it depends on: it may miss that edit, so
    // this reader gets it computed again from the primary (rare: only answers edited in the last `maxLagMs`).
    if (fromReplica && store.status().state !== 'degraded') {
      const stored = await store.get(key)
      if (stored === undefined || stored.staleSince !== undefined) return computeWith(key, request, { afterEdit: true })
    }
    return { entry }
  }
  /** Computes under this process's claim on the key; undefined if another process holds the claim. */
  const claimedWith = async (key: string, request: () => Request, afterEdit = false): Promise<Computed | undefined> => {
    if (!(await store.claim(key, CLAIM_MS))) return undefined
    try {
      // Another process may have finished it between our look and our claim.
      const found = await store.get(key)
      return found && found.staleSince === undefined
        ? { entry: found.entry }
        : await computeWith(key, request, { afterEdit })
    } finally {
      await store.release(key)
    }
  }

  /**
   * Sends a cached answer: its cache headers (`current`: an edge may keep it), the stored encoding the client
   * accepts (else the text, as `res.send` would: with its charset), or 304 when the client has it. Plain Node, so
   * that a hit answered before Express (`serveHit`) is sent by the same code as every other.
   */
  const sendEntry = (
    req: IncomingMessage,
    res: ServerResponse,
    entry: CacheEntry,
    status: 'HIT' | 'MISS' | 'SHARED' | 'STALE',
    current: boolean,
  ) => {
    const { body, contentType, encoded, etag } = entry
    const encoding = chosenEncoding(req, encoded)
    res.setHeader('cache-control', publicCacheControl({ current, maxAgeSeconds: edge?.maxAgeSeconds ?? 0, maxStaleMs }))
    if (current && edge) res.setHeader(edge.tagHeader, edgeTagValue(edge.tagHeader, entry.tags))
    res.setHeader('etag', etagOf(etag, encoding))
    // The answer differs by portal (portalNameOf: header, forwarded host, host), media type accepted (keyOf)
    // and encoding.
    res.setHeader('vary', 'X-Portal-Unit, X-Forwarded-Host, Host, Accept, Accept-Encoding')
    res.setHeader('x-cache', status)
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.statusCode = 304
      res.end()
      return
    }
    res.statusCode = 200
    // Already compressed: the compression middleware leaves a response with a Content-Encoding alone.
    const bytes = encoding ? Buffer.from(encoded![encoding]!, 'base64') : Buffer.from(body)
    res.setHeader(
      'content-type',
      encoding || /;\s*charset=/i.test(contentType) ? contentType : `${contentType}; charset=utf-8`,
    )
    if (encoding) res.setHeader('content-encoding', encoding)
    res.setHeader('content-length', bytes.length)
    res.end(bytes)
  }

  const hot = hotAnswers(hotCount)
  /**
   * The most requested answers of this process are recomputed as soon as an edit makes them stale (looked at
   * every 250 ms, through the store: edits through other processes count too), so their next reader does not
   * pay for it, even after the stale-while-revalidate window. Two at a time; under a claim, so one process
   * of those sharing Redis does it.
   */
  let refreshing = false
  const refresher = setInterval(() => {
    if (store.status().state === 'closed' || background.stopping) return clearInterval(refresher)
    if (refreshing) return
    refreshing = true
    const due = hot.hottest()
    const refreshed = inParallel(due, 2, async ({ key, replay }) => {
      if (flights.has(key)) return
      const found = await store.get(key)
      if (found && found.staleSince === undefined) return
      await flightFor(key, async () => (await claimedWith(key, replay, true)) ?? { answer: NOT_NEEDED }).flight
    })
      .catch((error: unknown) =>
        log.error(`cache: recomputing a popular answer failed (${(error as Error)?.message ?? String(error)})`),
      )
      .finally(() => (refreshing = false))
    void background.track(refreshed)
  }, HOT_REFRESH_MS)
  refresher.unref()

  /**
   * A fresh cached answer for an anonymous GraphQL query that has not been through Express (src/http/hitsFirst.ts):
   * served, after `beforeSending` gave the response the headers every answer has, and true; false when there is
   * none to serve (a miss, a stale answer, a key this process has not counted yet, the store failing), and nothing
   * was sent: the request then takes the whole way.
   */
  const serveHit = async (
    req: IncomingMessage,
    res: ServerResponse,
    params: GraphqlParams & { query: string },
    { beforeSending, locale }: { beforeSending: () => void; locale: unknown },
  ): Promise<boolean> => {
    if (!isQueryOnly(params.query, params.operationName)) return false
    const key = keyOf(req.headers, locale, params)
    const cached = await store.get(key).catch(() => undefined)
    // A key seen for the first time is counted on the whole way, which keeps how to ask for it again.
    if (!cached || cached.staleSince !== undefined || !hot.requestedAgain(key)) return false
    beforeSending()
    sendEntry(req, res, cached.entry, 'HIT', req.method === 'GET' && Boolean(edge?.maxAgeSeconds))
    return true
  }

  const serve: RequestHandler = async (req, res, next) => {
    try {
      const params = graphqlParamsOf(req, res)
      if (!params?.query || hasSession(req, cookiePrefix)) {
        res.setHeader('cache-control', 'private, no-store')
        return await sendWebResponse(await handler(toWebRequest(req, res)), res)
      }
      const key = keyOf(req.headers, req.query.locale, params)
      /**
       * Whether an edge may keep this answer: only over GET (the edge's cache key is the URL) and only if no edit
       * it misses is known as it leaves (a MISS computed while an edit landed is stale at once).
       */
      const edgeMayKeep = async (status: 'HIT' | 'MISS' | 'SHARED' | 'STALE') => {
        if (!edge?.maxAgeSeconds || req.method !== 'GET' || status === 'STALE') return false
        if (status === 'HIT') return true
        const now = await store.get(key)
        return now !== undefined && now.staleSince === undefined
      }
      const reply = async (entry: CacheEntry, status: 'HIT' | 'MISS' | 'SHARED' | 'STALE') =>
        sendEntry(req, res, entry, status, await edgeMayKeep(status))
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
      const answer = (computed: Computed, status: 'MISS' | 'SHARED') =>
        'answer' in computed ? passOn(computed.answer) : reply(computed.entry, status)

      const live = () => toWebRequest(req, res)
      const compute = (options?: { afterEdit?: boolean; keep?: boolean }) => computeWith(key, live, options)
      const computeClaimed = (afterEdit = false) => claimedWith(key, live, afterEdit)
      /** For a reader with nothing to serve: compute, or wait for the process computing it. */
      const computeOrWait = async (): Promise<Computed> => {
        const until = Date.now() + CLAIM_MS
        for (;;) {
          const computed = await computeClaimed()
          if (computed) return computed
          if (Date.now() >= until) return compute()
          await sleep(POLL_MS)
          const found = await store.get(key)
          if (found) return { entry: found.entry }
        }
      }

      // A mutation is never shared nor stored: each request runs its own.
      if (!isQueryOnly(params.query, params.operationName)) return answer(await compute({ keep: false }), 'MISS')
      hot.requested(key, () => replayable(req))

      const cached = await store.get(key)
      if (cached && cached.staleSince === undefined) return reply(cached.entry, 'HIT')
      if (cached) {
        // Served as it is while one recomputation runs; if another process runs it, that one stores it.
        const { flight } = flightFor(key, async () => (await computeClaimed(true)) ?? { entry: cached.entry })
        void background
          .track(flight)
          .catch((error: unknown) =>
            log.error(`cache: recomputing a stale answer failed (${(error as Error)?.message ?? String(error)})`),
          )
        return reply(cached.entry, 'STALE')
      }

      const { flight, joined } = flightFor(key, computeOrWait)
      if (!joined) return answer(await flight, 'MISS')
      const shared = await flight.catch(() => undefined)
      const stillServable =
        shared && 'entry' in shared && (store.status().state === 'degraded' || (await store.get(key)) !== undefined)
      if (stillServable) return reply(shared.entry, 'SHARED')
      // An edit made the shared answer unservable: this one must contain it.
      return answer(await compute({ afterEdit: true }), 'MISS')
    } catch (error) {
      next(error)
    }
  }
  return { serve, serveHit }
}
