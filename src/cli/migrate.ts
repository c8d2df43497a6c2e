import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

import { ConfigError } from '../base/errors/ConfigError'
import { createConfig } from '../config/createConfig'
import { readSettings } from '../settings/settings'
import { closeConnections } from '../db/closeConnections'
import { runPendingMigrations } from '../db/migrations'
import { writeMigrations } from '../config/writeMigrations'

/**
 * `npm run migrate`             applies pending migrations to the database DATABASE_URI names.
 * `npm run migrate:create NAME` writes a migration for each SQL database (SQLite and PostgreSQL) from the
 *                               difference between the config and the last migration's snapshot; it needs no
 *                               database. Commit the files it writes.
 */
const createMigrations = async (name: string): Promise<void> => {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new ConfigError('migrate:create needs a name of lowercase letters, digits and _ (e.g. add_news).')
  }
  const written = await writeMigrations(name, readSettings())
  for (const [kind, files] of Object.entries(written)) {
    process.stdout.write(`${kind}: ${files.length ? files.join(', ') : 'no schema change, nothing written'}\n`)
  }
}

const applyMigrations = async (): Promise<void> => {
  const settings = readSettings()
  const payload = await getPayload({ config: createConfig(settings), disableOnInit: true })
  await runPendingMigrations(payload, settings.database.kind)
  payload.logger.info(`Migrations are current on ${settings.database.redacted}.`)
  await closeConnections(payload)
}

const [command, name] = process.argv.slice(2)
loadEnv()
try {
  if (command === 'create') await createMigrations(name ?? '')
  else if (command === undefined || command === 'up') await applyMigrations()
  else throw new ConfigError(`unknown command "${command}"; use "create NAME", or nothing to apply pending ones.`)
  process.exit(0)
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`)
  process.exit(1)
}
