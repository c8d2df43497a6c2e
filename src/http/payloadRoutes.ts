import { Router } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import type { Background } from '../base/background'
import { type CachedGraphql, cachedGraphql } from './graphql/answerCache'
import { memoryStore } from '../cache/memoryStore'
import { persistedQueries } from './graphql/persistedQueries'
import type { CacheStore } from '../cache/store'
import { graphqlBody, graphqlBodyErrors } from './graphql/body'
import { databaseOutageStatus } from './databaseOutage'
import { documentShape } from './graphql/shape'
import { serveFetch } from './webBridge'
import { graphqlPost } from '../internals/graphqlPost'

/**
 * Payload's REST API and GraphQL endpoint, served by Payload's own handlers (GraphQL's in a copy that parses and
 * validates a query text once: src/internals/graphqlPost.ts). GraphQL answers POST and, for
 * queries, GET (graphql-http refuses mutations over GET), anonymous answers through the cache. The playground
 * is mounted when GRAPHQL_EXPLORER allows it.
 */
type Options = {
  /** Where the cache's recomputations that no reader waits for are kept (shutdown waits for them). */
  background: Background
  cache?: CacheStore
  cookiePrefix: string
  /** A cheap query that rejects when the database cannot be reached (tells an outage from a refusal). */
  databaseProbe: () => Promise<unknown>
  /** What edges in front are told (EDGE_MAX_AGE, EDGE_TAG_HEADER) and the cache's allowed staleness. */
  edge: { maxAgeSeconds: number; tagHeader: string }
  hotAnswers: number
  maxStaleMs: number
  playground: boolean
  /** PostgreSQL read replicas in use (DATABASE_REPLICA_URIS), at most `maxLagMs` behind. */
  replicas?: { maxLagMs: number }
}

export const payloadRoutes = (
  config: Promise<SanitizedConfig>,
  { background, cache, cookiePrefix, databaseProbe, edge, hotAnswers, maxStaleMs, playground, replicas }: Options,
): { router: Router; serveHit?: CachedGraphql['serveHit'] } => {
  const router = Router()
  const outages = {
    hasCredentials: (request: Request) =>
      Boolean(
        request.headers.get('authorization') || request.headers.get('cookie')?.includes(`${cookiePrefix}-token=`),
      ),
    probe: databaseProbe,
  }
  const handler = databaseOutageStatus(graphqlPost(config), { ...outages, graphql: true })
  const cached = cache
    ? cachedGraphql(handler, cache, { background, cookiePrefix, edge, hotAnswers, maxStaleMs, replicas })
    : undefined
  const graphql = cached?.serve ?? serveFetch(handler)
  const persisted = persistedQueries(cache ?? memoryStore({ maxBytes: 0, maxEntries: 1, maxStaleMs: 0 }))
  router.post('/api/graphql', ...graphqlBody, documentShape, persisted, documentShape, graphql, graphqlBodyErrors)
  router.get('/api/graphql', documentShape, persisted, documentShape, graphql)
  if (playground) {
    // @payloadcms/next's routes load Next.js (0.4 s of a cold start): only where the playground is served.
    const playgroundPage = import('@payloadcms/next/routes').then(({ GRAPHQL_PLAYGROUND_GET }) =>
      GRAPHQL_PLAYGROUND_GET(config),
    )
    router.get(
      '/api/graphql-playground',
      serveFetch(async (request) => (await playgroundPage)(request)),
    )
  }
  router.use(
    '/api',
    serveFetch(databaseOutageStatus((request) => handleEndpoints({ config, request }), { ...outages, graphql: false })),
  )
  return { router, serveHit: cached?.serveHit }
}
