import path from 'node:path'

import compression from 'compression'
import type { RequestListener } from 'node:http'

import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import type { Background } from '../base/background'
import { languageOf } from '../base/language'
import { cacheStoreOf } from '../cache/store'
import { declarationOf } from '../declaration'
import { readingPrimary } from '../db/readRouting'
import { hasSession } from './hasSession'
import { databaseUnavailableCause } from '../db/databaseErrors'
import { SERVER_ERROR } from './errorLanguage'
import { probeDatabase } from '../db/probe'
import { DATABASE_RETRY_AFTER_S, databaseUnavailableMessage } from './databaseOutage'
import { type Settings, uploadLimits } from '../settings/settings'
import type { AdminPanel } from './admin'
import { preferVietnameseAdmin } from './adminLanguage'
import { healthRoutes } from './health'
import { idempotency } from './idempotency'
import { restIdCheck } from './restIds'
import { restLocale } from './restLocale'
import { restPageSize } from './restPageSize'
import { checkRequestOrigin } from './origin'
import { MAX_GRAPHQL_BODY_BYTES } from './graphql/body'
import { hitsFirst } from './hitsFirst'
import { payloadRoutes } from './payloadRoutes'
import { requestLog } from './requestLog'
import { apiCors, securityHeaders } from './security'

type AppParts = {
  admin?: AdminPanel
  /** Work started for no waiting request (cache recomputations); the server waits for it before closing. */
  background: Background
  config: Promise<SanitizedConfig>
  payload: Payload
  settings: Settings
}

/** The collections of the product (declared), as opposed to Payload's own (jobs, preferences, migrations). */
const declaredSlugs = (payload: Payload) =>
  Object.values(payload.collections)
    .filter(({ config }) => declarationOf(config))
    .map(({ config }) => config.slug)

/** Addresses longer than this are refused with 414 (GET filters that long belong in a POST to GraphQL). */
const MAX_URL_LENGTH = 8192

const refuseLongAddresses: RequestHandler = (req, res, next) => {
  if (req.originalUrl.length <= MAX_URL_LENGTH) return next()
  const message = {
    en: `The address is ${req.originalUrl.length} characters long; at most ${MAX_URL_LENGTH} are accepted.`,
    vi: `Địa chỉ dài ${req.originalUrl.length} ký tự; tối đa ${MAX_URL_LENGTH} ký tự.`,
  }
  res.status(414).json({ errors: [{ message: message[languageOf(req.headers['accept-language'])] }] })
}

const lastResortErrorHandler =
  (payload: Payload): ErrorRequestHandler =>
  (error, req, res, _next) => {
    payload.logger.error({ err: error, msg: 'unhandled error while serving a request' })
    if (res.headersSent) {
      res.destroy()
      return
    }
    const language = languageOf(req.headers['accept-language'])
    const cause = databaseUnavailableCause(error)
    if (cause) {
      const message = databaseUnavailableMessage(cause)
      res
        .status(503)
        .set('retry-after', String(DATABASE_RETRY_AFTER_S))
        .json({ errors: [{ message: message[language] }] })
      return
    }
    res.status(500).json({ errors: [{ message: SERVER_ERROR[language] }] })
  }

const signedInReadPrimary =
  (cookiePrefix: string): RequestHandler =>
  (req, _res, next) =>
    hasSession(req, cookiePrefix) ? readingPrimary(next) : next()

/**
 * The HTTP application: middleware, health, Payload's API, then (when built) the admin panel; with the answer
 * cache on, fresh cached GraphQL answers are served before all of it (src/http/hitsFirst.ts), through the same
 * request log, security headers and CORS.
 */
export const createApp = ({ admin, background, config, payload, settings }: AppParts): RequestListener => {
  const app = express()
  app.disable('x-powered-by')
  // ETags are the GraphQL cache's job (src/cache/graphqlCache.ts), not Express's.
  app.set('etag', false)
  app.set('trust proxy', settings.trustProxy)
  const logged = requestLog(payload.logger)
  const secured = securityHeaders()
  const cors = apiCors(settings.corsOrigins)
  app.use(logged)
  app.use(refuseLongAddresses)
  app.use(secured)
  app.use(compression())
  app.use(healthRoutes(payload))
  app.use(checkRequestOrigin({ allowed: payload.config.csrf, cookiePrefix: payload.config.cookiePrefix }))
  // A small portal home page built on the API alone, for frontend teams to start from (docs/frontend.md).
  app.use('/examples/portal', express.static(path.resolve('examples/portal'), { index: 'index.html' }))
  app.use('/api', cors)
  app.use('/api', restPageSize(payload.config.cookiePrefix))
  if (payload.config.localization) app.use('/api', restLocale(payload.config.localization.localeCodes))
  app.use(restIdCheck(declaredSlugs(payload), payload.db.defaultIDType))
  // With read replicas, signed-in people read the primary: an editor sees their own write at once, whichever
  // process serves the next request (Payload's own rule covers only writes made in this process).
  if (settings.database.replicas) app.use(signedInReadPrimary(payload.config.cookiePrefix))
  app.use(...idempotency(payload, { maxBodyBytes: uploadLimits(settings).requestSize }))
  const { router, serveHit } = payloadRoutes(config, {
    background,
    cache: cacheStoreOf(payload),
    cookiePrefix: payload.config.cookiePrefix,
    databaseProbe: () => probeDatabase(payload, 2000),
    edge: settings.edge,
    hotAnswers: settings.cache.hotAnswers,
    maxStaleMs: settings.cache.maxStaleMs,
    playground: settings.graphqlExplorer,
    replicas: settings.database.replicas,
  })
  app.use(router)
  if (admin) {
    app.get('/', (_req, res) => res.redirect('/admin'))
    app.use(preferVietnameseAdmin(payload.config.cookiePrefix), admin.handle)
  } else {
    app.use((req, res) => {
      res.status(404).json({ errors: [{ message: `Not found: ${req.method} ${req.path}` }] })
    })
  }
  app.use(lastResortErrorHandler(payload))
  if (!serveHit) return app
  return hitsFirst(app, {
    cookiePrefix: payload.config.cookiePrefix,
    headers: [logged, secured, cors],
    maxBodyBytes: MAX_GRAPHQL_BODY_BYTES,
    maxUrlLength: MAX_URL_LENGTH,
    serveHit,
  })
}
