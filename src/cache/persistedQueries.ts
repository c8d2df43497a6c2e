import { createHash } from 'node:crypto'

import type { Request as ExpressRequest, RequestHandler } from 'express'

import { graphqlParamsOf } from './graphqlCache'
import type { CacheStore } from './store'

type Extensions = { persistedQuery?: { sha256Hash?: string; version?: number } }

const extensionsOf = (req: ExpressRequest): Extensions | undefined => {
  if (req.method === 'GET') {
    const raw = (req.query as Record<string, string | undefined>).extensions
    try {
      return raw ? (JSON.parse(raw) as Extensions) : undefined
    } catch {
      return undefined
    }
  }
  try {
    return Buffer.isBuffer(req.body) ? (JSON.parse(req.body.toString('utf8')) as { extensions?: Extensions }).extensions : undefined
  } catch {
    return undefined // not JSON: the GraphQL handler says so
  }
}

/** Puts the stored query text into the request, as if the client had sent it. */
const withQuery = (req: ExpressRequest, query: string) => {
  if (req.method === 'GET') {
    const url = new URL(req.originalUrl, 'http://localhost')
    url.searchParams.set('query', query)
    req.url = req.originalUrl = `${url.pathname}${url.search}`
    return
  }
  const body = JSON.parse((req.body as Buffer).toString('utf8')) as Record<string, unknown>
  req.body = Buffer.from(JSON.stringify({ ...body, query }))
}

const graphqlError = (message: string, code: string) => ({ errors: [{ extensions: { code }, message }] })

/**
 * Persisted queries, as Apollo clients send them (`extensions.persistedQuery.sha256Hash`): a production frontend
 * sends the hash of a query instead of its text, over GET (so CDNs can cache it too) or POST. The first time, the
 * server answers PERSISTED_QUERY_NOT_FOUND and the client sends text and hash together; the server checks that
 * they match and keeps the text, in Redis when the cache uses it, so every process knows it.
 */
export const persistedQueries =
  (store: CacheStore): RequestHandler =>
  async (req, res, next) => {
    try {
      const hash = extensionsOf(req)?.persistedQuery?.sha256Hash
      if (!hash) return next()
      const { query } = graphqlParamsOf(req) ?? {}
      if (query) {
        if (createHash('sha256').update(query).digest('hex') !== hash) {
          res.status(400).json(graphqlError('Persisted query: the sha256Hash does not match the query text.', 'PERSISTED_QUERY_HASH_MISMATCH'))
          return
        }
        await store.setQuery(hash, query)
        return next()
      }
      const known = await store.getQuery(hash)
      if (!known) {
        res.status(200).json(graphqlError('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND'))
        return
      }
      withQuery(req, known)
      next()
    } catch (error) {
      next(error)
    }
  }
