import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { readSettings } from '../../src/settings/settings'
import { migrationDir } from '../../src/db/adapter'
import { writeMigrations, type SqlKind } from '../../src/config/writeMigrations'

describe('committed migrations', () => {
  it('match the config on SQLite and PostgreSQL (a schema change without `npm run migrate:create` fails here)', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-migrations-'))
    const copyOf = (kind: SqlKind) => {
      const dir = path.join(scratch, kind)
      fs.cpSync(migrationDir(kind), dir, { recursive: true })
      return dir
    }
    const settings = readSettings({ NODE_ENV: 'test', PAYLOAD_SECRET: 'x'.repeat(32) })
    try {
      expect(await writeMigrations('drift_check', settings, copyOf)).toEqual({ postgres: [], sqlite: [] })
    } finally {
      fs.rmSync(scratch, { force: true, recursive: true })
    }
  })
})
