import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { cacheStoreOf } from '../cache/store'
import { edgePurgerOf } from '../cache/edgePurge'
import { forgetPayloadInstance } from '../internals/payloadInstances'
import { createConfig } from '../config/createConfig'
import type { Settings } from '../settings/settings'
import { closeConnections } from '../db/closeConnections'
import { logConnectionErrors } from '../db/logConnectionErrors'
import { keepAuditRetention } from '../audit/retention'
import { prepareDatabase } from '../db/prepareDatabase'
import { createAdminPanel } from '../http/admin'
import { createApp } from '../http/createApp'
import { answerClientErrors, MAX_HEADER_BYTES } from './clientErrors'
import { drainable } from './drain'
import { backgroundWork } from '../base/background'

export type RunningServer = {
  close: () => Promise<void>
  payload: Payload
  server: http.Server
  /** The address the server listens on, e.g. http://127.0.0.1:3000 */
  url: string
}

type StartOptions = {
  /** Serve the admin panel (needs `npm run build`); false for the API-only mode. */
  admin: boolean
  config?: Promise<SanitizedConfig>
  settings: Settings
  /** How long in-flight requests may take to finish on shutdown before their connections are cut. */
  shutdownTimeoutMs?: number
}

/** Listens on `host:port` (port 0: any free port) and resolves with the address taken. */
export const listen = (server: http.Server, port: number, host: string): Promise<AddressInfo> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })

/**
 * Stops listening, lets the requests in flight finish (answering any new one on an open connection with 503),
 * then closes every connection; after `timeoutMs` the stragglers' connections are cut.
 */
const stopAccepting = async (
  server: http.Server,
  drain: () => Promise<void>,
  timeoutMs: number,
  logger: Payload['logger'],
): Promise<void> => {
  const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<'limit'>((resolve) => (timer = setTimeout(() => resolve('limit'), timeoutMs)))
  if ((await Promise.race([drain(), deadline])) === 'limit') {
    logger.warn(`shutdown: requests still running after ${timeoutMs / 1000} s; their connections are cut`)
  }
  clearTimeout(timer)
  server.closeAllConnections()
  await closed
}

/**
 * Starts the whole service: Payload on the configured database, prepared (migrations, units), then the HTTP
 * server. `close()` stops accepting connections, lets in-flight requests finish, and closes the database.
 */
export const startServer = async ({
  admin: withAdmin,
  settings,
  config = createConfig(settings),
  shutdownTimeoutMs = 10_000,
}: StartOptions): Promise<RunningServer> => {
  // Payload would otherwise open a websocket to a Next.js dev server for hot reload; this server has none.
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  // With RUN_JOBS on, due jobs (scheduled publishing) run on the JOBS_CRON timer in this process.
  const payload = await getPayload({ config, cron: settings.runJobs })
  logConnectionErrors(payload)
  const cacheLogger = {
    error: (msg: string) => payload.logger.error(msg),
    info: (msg: string) => payload.logger.info(msg),
  }
  cacheStoreOf(payload)?.useLogger(cacheLogger)
  edgePurgerOf(payload)?.useLogger(cacheLogger)
  await prepareDatabase(payload, settings.database.kind)
  // In a cluster, worker 1 alone keeps the audit log's retention (the other chore, the jobs: settings.runJobs).
  const stopRetention =
    settings.cluster.worker === 1 ? keepAuditRetention(payload, settings.auditRetentionDays) : () => undefined
  const admin = withAdmin ? await createAdminPanel() : undefined
  const background = backgroundWork()
  const { drain, listener } = drainable(() => server, createApp({ admin, background, config, payload, settings }))
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, listener)
  answerClientErrors(server)
  server.keepAliveTimeout = 65_000
  const address = await listen(server, settings.port, settings.host)
  const wildcard = address.address === '0.0.0.0' || address.address === '::'
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address

  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= (async () => {
      stopRetention()
      await stopAccepting(server, drain, shutdownTimeoutMs, payload.logger)
      if ((await background.stop(shutdownTimeoutMs)) === 'late') {
        payload.logger.warn(`shutdown: cache recomputations still running after ${shutdownTimeoutMs / 1000} s`)
      }
      await admin?.close()
      await closeConnections(payload)
      forgetPayloadInstance()
    })())

  const url = `http://${host}:${address.port}`
  if (admin) warmAdminPanel(url, payload.logger)
  return { close, payload, server, url }
}

/**
 * The admin panel's first page loads its route code and builds Payload's client configuration (several seconds
 * on this machine), which the first person to open /admin used to wait through on a blank page. The server asks
 * for the sign-in page itself once it listens, so that cost is paid before anyone arrives.
 */
const warmAdminPanel = (url: string, logger: Payload['logger']) => {
  const started = Date.now()
  fetch(`${url}/admin/login`, { signal: AbortSignal.timeout(60_000) })
    .then(async (response) => {
      await response.arrayBuffer()
      logger.debug(`admin panel warmed up in ${Date.now() - started} ms (${response.status})`)
    })
    .catch((error: unknown) => logger.debug({ err: error, msg: 'admin panel warm-up did not finish' }))
}
