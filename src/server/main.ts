import { loadEnv } from 'payload/node'

import { ConfigError } from '../base/errors/ConfigError'
import { processSettings } from '../settings/settings'
import { redactUri } from '../settings/databaseUri'
import { ensureAdminBuilt } from '../http/adminBuild'
import { startServer } from './startServer'

/**
 * The server process: `npm start` (everything) or `npm run serve:api` (`--api-only`: REST, GraphQL and health,
 * without the admin panel).
 */
const main = async (): Promise<void> => {
  loadEnv()
  const apiOnly = process.argv.includes('--api-only')
  const settings = processSettings()
  if (!apiOnly) ensureAdminBuilt((line) => process.stdout.write(`${line}\n`))

  const running = await startServer({ admin: !apiOnly, settings })
  const { payload } = running
  payload.logger.info(`Database: ${settings.database.kind} (${settings.database.redacted})`)
  if (!apiOnly) payload.logger.info(`Admin panel: ${running.url}/admin`)
  payload.logger.info(`REST API:    ${running.url}/api`)
  payload.logger.info(`GraphQL:     ${running.url}/api/graphql`)
  payload.logger.info(`Public URL:  ${settings.serverUrl}`)

  const shutdown = (signal: string) => {
    payload.logger.info(`${signal} received: finishing in-flight requests, then stopping.`)
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        payload.logger.error({ err: error, msg: 'shutdown failed' })
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`)
  } else {
    process.stderr.write(`Start-up failed: ${redactUri((error as Error)?.stack ?? String(error))}\n`)
  }
  process.exit(1)
})
