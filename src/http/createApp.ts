import path from 'node:path'

import compression from 'compression'
import express, { type ErrorRequestHandler, type Express } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import { cacheStoreOf } from '../cache/store'
import type { Settings } from '../settings/settings'
import type { AdminPanel } from './admin'
import { preferVietnameseAdmin } from './adminLanguage'
import { healthRoutes } from './health'
import { restPageSize } from './restPageSize'
import { payloadRoutes } from './payloadRoutes'
import { requestLog } from './requestLog'
import { apiCors, securityHeaders } from './security'

type AppParts = {
  admin?: AdminPanel
  config: Promise<SanitizedConfig>
  payload: Payload
  settings: Settings
}

const lastResortErrorHandler =
  (payload: Payload): ErrorRequestHandler =>
  (error, _req, res, _next) => {
    payload.logger.error({ err: error, msg: 'unhandled error while serving a request' })
    if (res.headersSent) {
      res.destroy()
      return
    }
    res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
  }

/** The HTTP application: middleware, health, Payload's API, then (when built) the admin panel. */
export const createApp = ({ admin, config, payload, settings }: AppParts): Express => {
  const app = express()
  app.disable('x-powered-by')
  // ETags are the GraphQL cache's job (src/cache/graphqlCache.ts), not Express's.
  app.set('etag', false)
  app.set('trust proxy', settings.trustProxy)
  app.use(requestLog(payload.logger))
  app.use(securityHeaders())
  app.use(compression())
  app.use(healthRoutes(payload))
  // A small portal home page built on the API alone, for frontend teams to start from (docs/frontend.md).
  app.use('/examples/portal', express.static(path.resolve('examples/portal'), { index: 'index.html' }))
  app.use('/api', apiCors(settings.corsOrigins))
  app.use('/api', restPageSize(payload.config.cookiePrefix))
  app.use(
    payloadRoutes(config, {
      cache: cacheStoreOf(payload),
      cookiePrefix: payload.config.cookiePrefix,
      playground: settings.graphqlExplorer,
    }),
  )
  if (admin) {
    app.get('/', (_req, res) => res.redirect('/admin'))
    app.use(preferVietnameseAdmin(payload.config.cookiePrefix), admin.handle)
  } else {
    app.use((req, res) => {
      res.status(404).json({ errors: [{ message: `Not found: ${req.method} ${req.path}` }] })
    })
  }
  app.use(lastResortErrorHandler(payload))
  return app
}
