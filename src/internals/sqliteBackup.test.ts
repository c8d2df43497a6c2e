import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { copySqliteDatabase } from './sqliteBackup'

/** The `libsql` driver's synchronous API this copy relies on (a constructor with exec and close). */
describe('copying a SQLite database (libsql Database, VACUUM INTO)', () => {
  it('writes a copy holding what was committed', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-sqlite-copy-'))
    try {
      const Database = createRequire(import.meta.url)('libsql') as new (file: string) => {
        close: () => void
        exec: (sql: string) => void
        prepare: (sql: string) => { get: () => unknown }
      }
      const source = path.join(folder, 'nguon.db')
      const original = new Database(source)
      original.exec("PRAGMA journal_mode = WAL; CREATE TABLE tin (tieu_de TEXT); INSERT INTO tin VALUES ('Tin A')")
      const target = path.join(folder, "ban sao's.db")
      copySqliteDatabase(source, target)
      original.close()
      const copy = new Database(target)
      expect(copy.prepare('SELECT tieu_de FROM tin').get()).toEqual({ tieu_de: 'Tin A' })
      copy.close()
    } finally {
      fs.rmSync(folder, { force: true, recursive: true })
    }
  })
})
