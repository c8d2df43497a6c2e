import { createHash } from 'node:crypto'

import type { RequestHandler } from 'express'

import { graphqlParamsOf, setGraphqlQuery } from './request'
import type { CacheStore } from '../../cache/store'

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
      const { extensions, query } = graphqlParamsOf(req, res) ?? {}
      const hash = extensions?.persistedQuery?.sha256Hash
      if (!hash) return next()
      if (query) {
        if (createHash('sha256').update(query).digest('hex') !== hash) {
          res
            .status(400)
            .json(
              graphqlError(
                'Persisted query: the sha256Hash does not match the query text.',
                'PERSISTED_QUERY_HASH_MISMATCH',
              ),
            )
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
      setGraphqlQuery(req, res, known)
      next()
    } catch (error) {
      next(error)
    }
  }
