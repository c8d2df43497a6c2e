import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parseDatabaseUri, type DatabaseKind } from '../../src/db/databaseUri'

export type TestDatabase = {
  kind: DatabaseKind
  /** Removes the database (and, for SQLite, its folder); safe to call twice. */
  drop: () => Promise<void>
  uri: string
}

/**
 * A fresh, empty database for one test file, on the server TEST_DATABASE_URI names (a SQLite file in a
 * temporary folder when unset). The name is unique, so test files never see each other's data.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const base = process.env.TEST_DATABASE_URI?.trim()
  const name = `portal_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const kind = base ? parseDatabaseUri(base).kind : 'sqlite'

  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
    return {
      drop: async () => fs.rmSync(dir, { force: true, recursive: true }),
      kind,
      uri: `file:${path.join(dir, `${name}.db`)}`,
    }
  }

  const uri = new URL(base!)
  uri.pathname = `/${name}`
  if (kind === 'postgres') {
    const { Client } = (await import('pg')).default
    const admin = async (sql: string) => {
      const client = new Client({ connectionString: base })
      await client.connect()
      try {
        await client.query(sql)
      } finally {
        await client.end()
      }
    }
    await admin(`CREATE DATABASE "${name}"`)
    return { drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), kind, uri: uri.toString() }
  }

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
