import { getPayload, type Payload } from 'payload'

import { createConfig } from '../src/config/createConfig'
import { readSettings, type Settings } from '../src/settings/settings'
import { prepareDatabase } from '../src/db/prepareDatabase'

/**
 * Benchmarks never touch the application's database: they use `BENCH_DATABASE_URI`, by default a SQLite file of
 * their own. A seed run starts it afresh (every table dropped and migrated again).
 */
export const BENCH_SQLITE_FILE = 'data/bench.db'

export const benchSettings = (overrides: Record<string, string> = {}): Settings =>
  readSettings({
    ...process.env,
    CACHE: 'false',
    DATABASE_URI: process.env.BENCH_DATABASE_URI || `file:${BENCH_SQLITE_FILE}`,
    RUN_JOBS: 'false',
    ...overrides,
  })

/** Payload on the benchmark database, migrated and with the 202 units; `fresh` drops everything first. */
export const openBenchPayload = async (settings: Settings, { fresh }: { fresh: boolean }): Promise<Payload> => {
  const payload = await getPayload({ config: createConfig(settings) })
  if (fresh) await payload.db.migrateFresh({ forceAcceptWarning: true })
  await prepareDatabase(payload, settings.database.kind)
  return payload
}
