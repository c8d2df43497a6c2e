import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { createConfig } from '../../src/config/createConfig'
import { readSettings, type Settings } from '../../src/settings/settings'
import { startServer, type RunningServer } from '../../src/server/startServer'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export type TestServer = RunningServer & {
  database: TestDatabase
  settings: Settings
  /** Closes the server and drops its database. */
  stop: () => Promise<void>
}

export const TEST_CORS_ORIGIN = 'https://portal.test.gov.vn'

/** The environment a test server reads, as an operator would set it. */
export const testEnvironment = (database: TestDatabase, extra: Record<string, string> = {}) => ({
  // Tests check what the next anonymous reader sees after an edit: no stale answers unless a test is about them
  // (test/api/staleWhileRevalidate.test.ts, src/http/graphql/answerCache.test.ts, test/faults/redisOutage.test.ts).
  CACHE_MAX_STALE_MS: '0',
  CORS_ORIGINS: TEST_CORS_ORIGIN,
  DATABASE_URI: database.uri,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
  PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  PORT: '0',
  ...extra,
})

/**
 * The real server, in this process, on a fresh database and a free port, with migrations applied exactly as
 * `npm start` applies them.
 */
type Options = {
  admin?: boolean
  /** The collections of the config (default: the product's), e.g. with a throw-away one added. */
  collections?: CollectionConfig[]
  env?: Record<string, string>
}

export const startTestServer = async ({ admin = false, collections, env = {} }: Options = {}): Promise<TestServer> => {
  const database = await createTestDatabase()
  const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-uploads-'))
  const cleanUp = async () => {
    await database.drop()
    fs.rmSync(uploadsDir, { force: true, recursive: true })
  }
  const settings = readSettings(testEnvironment(database, { UPLOADS_DIR: uploadsDir, ...env }))
  try {
    const running = await startServer({ admin, config: createConfig(settings, collections), settings })
    return {
      ...running,
      database,
      settings,
      stop: async () => {
        await running.close()
        await cleanUp()
      },
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}
