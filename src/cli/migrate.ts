import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

import { ConfigError } from '../config/ConfigError'
import { createConfig } from '../config/createConfig'
import { readSettings } from '../config/settings'
import type { DatabaseKind } from '../db/databaseUri'
import { runPendingMigrations } from '../db/migrations'

/**
 * `npm run migrate`            applies pending migrations to the database DATABASE_URI names.
 * `npm run migrate:create NAME` writes a migration for each SQL database (SQLite and PostgreSQL) from the
 *                              difference between the config and the last migration's snapshot; no database
 *                              connection is needed. Commit the files it writes.
 */
const SQL_KINDS = ['sqlite', 'postgres'] as const

/** A placeholder target: creating a migration compares schemas on paper and never connects. */
const offlineTarget = (kind: (typeof SQL_KINDS)[number]) =>
  kind === 'sqlite'
    ? { kind, redacted: 'file::memory:', uri: 'file::memory:' }
    : { kind, redacted: 'postgres://offline/unused', uri: 'postgres://offline/unused' }

const createMigrations = async (name: string): Promise<void> => {
  for (const kind of SQL_KINDS) {
    const settings = { ...readSettings(), database: offlineTarget(kind) }
    const payload = await getPayload({
      config: createConfig(settings),
      disableDBConnect: true,
      disableOnInit: true,
      key: `migrations-${kind}`,
    })
    process.stdout.write(`${kind}: `)
    await payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })
  }
}

const applyMigrations = async (): Promise<void> => {
  const settings = readSettings()
  const payload = await getPayload({ config: createConfig(settings), disableOnInit: true })
  await runPendingMigrations(payload, settings.database.kind as DatabaseKind)
  payload.logger.info(`Migrations are current on ${settings.database.redacted}.`)
  await payload.destroy()
}

const [command, name] = process.argv.slice(2)
loadEnv()
try {
  if (command === 'create') {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new ConfigError('migrate:create needs a name of lowercase letters, digits and _ (e.g. add_news).')
    }
    await createMigrations(name)
  } else if (command === undefined || command === 'up') {
    await applyMigrations()
  } else {
    throw new ConfigError(`unknown command "${command}"; use "create NAME" or nothing (apply pending).`)
  }
  process.exit(0)
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`)
  process.exit(1)
}
