import cluster from 'node:cluster'

import { loadEnv } from 'payload/node'

import { ConfigError } from '../base/errors/ConfigError'
import { processSettings } from '../settings/settings'
import { redactUri } from '../settings/databaseUri'
import { ensureAdminBuilt } from '../http/adminBuild'
import { runCluster } from './cluster'
import { startServer } from './startServer'

/**
 * The server process: `npm start` (everything) or `npm run serve:api` (`--api-only`: REST, GraphQL and health,
 * without the admin panel). With WORKERS above 1 this process is the cluster's primary (src/server/cluster.ts)
 * and each worker runs this file again.
 */
const main = async (): Promise<void> => {
  loadEnv()
  const apiOnly = process.argv.includes('--api-only')
  const settings = processSettings()
  const say = (line: string) => process.stdout.write(`${line}\n`)
  if (cluster.isPrimary && !apiOnly) ensureAdminBuilt(say)
  if (cluster.isPrimary && settings.cluster.workers > 1) process.exit(await runCluster(settings.cluster.workers, say))

  const running = await startServer({ admin: !apiOnly, settings })
  const { payload } = running
  if (cluster.isWorker && settings.cluster.worker > 1) {
    payload.logger.info(`Worker ${settings.cluster.worker} ready (pid ${process.pid}).`)
    return handleSignals(running)
  }
  payload.logger.info(`Database: ${settings.database.kind} (${settings.database.redacted})`)
  if (!apiOnly) payload.logger.info(`Admin panel: ${running.url}/admin`)
  payload.logger.info(`REST API:    ${running.url}/api`)
  payload.logger.info(`GraphQL:     ${running.url}/api/graphql`)
  payload.logger.info(`Public URL:  ${settings.serverUrl}`)

  handleSignals(running)
}

/**
 * SIGTERM or SIGINT: finish the requests in flight, then exit. A worker also stops when its primary is gone, and
 * takes a signal twice without harm (Ctrl-C reaches the primary and every worker, then the primary passes it on).
 */
const handleSignals = (running: Awaited<ReturnType<typeof startServer>>) => {
  const { payload } = running
  let stopping = false
  const shutdown = (reason: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${reason}: finishing in-flight requests, then stopping.`)
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        payload.logger.error({ err: error, msg: 'shutdown failed' })
        process.exit(1)
      },
    )
  }
  const listen = cluster.isWorker ? process.on.bind(process) : process.once.bind(process)
  listen('SIGTERM', () => shutdown('SIGTERM received'))
  listen('SIGINT', () => shutdown('SIGINT received'))
  if (cluster.isWorker) process.once('disconnect', () => shutdown('the cluster primary is gone'))
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`)
  } else {
    process.stderr.write(`Start-up failed: ${redactUri((error as Error)?.stack ?? String(error))}\n`)
  }
  process.exit(1)
})
