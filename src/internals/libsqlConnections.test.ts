import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { configureEveryConnection } from './libsqlConnections'

let dir: string

beforeAll(() => {
  configureEveryConnection({ busyTimeoutMs: 4321, pageCacheKiB: 12_345 })
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
describe('the SQLite busy timeout and page cache', () => {
  it('are set on the connection the client opens after a transaction took its first one', async () => {
    const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    try {
      const settings = async () => [
        Number((await client.execute('pragma busy_timeout')).rows[0]![0]),
        Number((await client.execute('pragma cache_size')).rows[0]![0]),
      ]
      const first = await settings()
      const transaction = await client.transaction('write')
      await transaction.execute('create table t (id integer primary key)')
      await transaction.commit()
      expect([first, await settings()]).toEqual([
        [4321, -12_345],
        [4321, -12_345],
      ])
    } finally {
      client.close()
    }
  })
})
