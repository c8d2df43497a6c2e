import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import { Router, type RequestHandler } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { graphqlBody, graphqlBodyErrors } from '../limits/graphqlBody'
import { sendWebResponse, toWebRequest } from './webBridge'

type FetchHandler = (request: Request) => Promise<Response>

const serveWith =
  (handler: FetchHandler): RequestHandler =>
  async (req, res, next) => {
    try {
      await sendWebResponse(await handler(toWebRequest(req, res)), res)
    } catch (error) {
      next(error)
    }
  }

/**
 * Payload's REST API and GraphQL endpoint, served by Payload's own handlers. GraphQL answers POST and, for
 * queries, GET (graphql-http refuses mutations over GET). The playground is only mounted outside production.
 */
export const payloadRoutes = (config: Promise<SanitizedConfig>, options: { playground: boolean }): Router => {
  const router = Router()
  const graphql = serveWith(GRAPHQL_POST(config))
  router.post('/api/graphql', ...graphqlBody, graphql, graphqlBodyErrors)
  router.get('/api/graphql', graphql)
  if (options.playground) router.get('/api/graphql-playground', serveWith(GRAPHQL_PLAYGROUND_GET(config)))
  router.use('/api', serveWith((request) => handleEndpoints({ config, request })))
  return router
}
