import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { setBusyTimeoutOnEveryConnection } from './libsqlBusyTimeout'

let dir: string

beforeAll(() => {
  setBusyTimeoutOnEveryConnection(4321)
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'busy-'))
})
afterAll(() => {
  fs.rmSync(dir, { force: true, recursive: true })
})

/**
 * @libsql/client hands its connection to a transaction and opens a fresh one for what follows; that one must
 * wait for a busy database like the first. If an upgrade stops opening connections lazily (or stops preparing
 * through the prototype), this says so.
 */
describe('the SQLite busy timeout', () => {
  it('is set on the connection the client opens after a transaction took its first one', async () => {
    const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    try {
      const first = await client.execute('pragma busy_timeout')
      const transaction = await client.transaction('write')
      await transaction.execute('create table t (id integer primary key)')
      await transaction.commit()
      const after = await client.execute('pragma busy_timeout')
      expect([Number(first.rows[0]![0]), Number(after.rows[0]![0])]).toEqual([4321, 4321])
    } finally {
      client.close()
    }
  })
})
