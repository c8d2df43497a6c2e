import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseDatabaseUri, type DatabaseKind } from '../../src/settings/databaseUri'

export type TestDatabase = {
  kind: DatabaseKind
  /** Removes the database (and, for SQLite, its folder); safe to call twice. */
  drop: () => Promise<void>
  uri: string
}

/** PostgreSQL as .ci/run and this machine have it, for tests that need it beside a SQLite run. */
const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres'

/** Set by jest's global setup: a database migrated and seeded once, that each test file copies. */
const TEMPLATE_ENV = 'PORTAL_TEST_TEMPLATE_URI'

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`

const postgresAdmin = async (base: string, sql: string) => {
  const { Client } = (await import('pg')).default
  const client = new Client({ connectionString: base })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const sqliteFiles = (file: string) => [file, `${file}-wal`, `${file}-shm`].filter((each) => fs.existsSync(each))

/**
 * A database of its own for one test file, on the server TEST_DATABASE_URI names (a SQLite file in a temporary
 * folder when unset). By default it is a copy of the seeded template (the 202 units, migrations applied);
 * `{ empty: true }` gives a database with nothing in it, as on a first `npm start`.
 */
export const createTestDatabase = async ({
  empty = false,
  kind: asked,
}: { empty?: boolean; kind?: 'postgres' | 'sqlite' } = {}): Promise<TestDatabase> => {
  const envBase = process.env.TEST_DATABASE_URI?.trim()
  const envKind = envBase ? parseDatabaseUri(envBase).kind : 'sqlite'
  // A database of another kind than the run's (a transfer between kinds): PostgreSQL on this machine, empty.
  const other = asked !== undefined && asked !== envKind
  const base = other ? (asked === 'postgres' ? (process.env.PG_TEST_URI ?? DEFAULT_POSTGRES) : undefined) : envBase
  const kind = other ? asked : envKind
  const template = empty || other ? undefined : process.env[TEMPLATE_ENV]
  const name = uniqueName('portal_test')

  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
    const file = path.join(dir, `${name}.db`)
    if (template) {
      for (const source of sqliteFiles(template.replace(/^file:/, ''))) {
        fs.copyFileSync(source, file + source.slice(template.replace(/^file:/, '').length))
      }
    }
    return { drop: async () => fs.rmSync(dir, { force: true, recursive: true }), kind, uri: `file:${file}` }
  }

  const uri = new URL(base!)
  uri.pathname = `/${name}`
  if (kind === 'postgres') {
    const from = template ? ` TEMPLATE "${new URL(template).pathname.slice(1)}"` : ''
    await postgresAdmin(base!, `CREATE DATABASE "${name}"${from}`)
    return {
      drop: () => postgresAdmin(base!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      kind,
      uri: uri.toString(),
    }
  }

  // MongoDB has no database templates: every test file seeds its own database on start.
  const { MongoClient } = await import('mongodb')
  return {
    drop: async () => {
      const client = await MongoClient.connect(uri.toString())
      try {
        await client.db(name).dropDatabase()
      } finally {
        await client.close()
      }
    },
    kind,
    uri: uri.toString(),
  }
}

/**
 * Builds the template: an empty database, migrated and seeded by the real command (`npm run unit -- seed`).
 * Returns how to remove it. Seeding once instead of once per test file saves minutes on PostgreSQL.
 */
export const createTemplateDatabase = async (): Promise<() => Promise<void>> => {
  const database = await createTestDatabase({ empty: true })
  if (database.kind === 'mongodb') return database.drop
  const seeded = spawnSync('npm', ['run', '--silent', 'unit', '--', 'seed'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URI: database.uri,
      LOG_LEVEL: 'error',
      NODE_ENV: 'test',
      PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    },
  })
  if (seeded.status !== 0 || !seeded.stdout.includes('202 already there')) {
    await database.drop()
    throw new Error(`Could not seed the test template database:\n${seeded.stdout}${seeded.stderr}`)
  }
  process.env[TEMPLATE_ENV] = database.uri
  return database.drop
}
