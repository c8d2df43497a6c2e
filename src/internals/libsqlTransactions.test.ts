import { createRequire } from 'node:module'

import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { IDLE_TRANSACTION_CONNECTIONS } from './libsqlTransactions'
import { adapterName } from './sqlAdapter'

type Database = { prepare: (sql: string) => unknown }

let server: TestServer
/** Every SQLite connection that prepares a statement, as the driver sees it (one prototype for all). */
const connections = new Set<Database>()

// SQLite's driver only: on a PostgreSQL run these are reported as skipped, not passed.
const onSqliteRun = process.env.TEST_DATABASE_URI?.startsWith('postgres') ? describe.skip : describe

/**
 * Each SQLite transaction used to leave a connection behind for good (libsqlTransactions.ts); now they take turns
 * on a few. If an upgrade of @libsql/client or Payload's SQLite adapter changes what this relies on (the
 * adapter's `connect` and `clientConfig`, the client's `transaction`, the library's `Sqlite3Transaction`), the
 * counts or the writes below fail.
 */

onSqliteRun('SQLite transactions’ connections', () => {
  beforeAll(async () => {
    server = await startTestServer()
    const { prototype } = createRequire(import.meta.url)('libsql') as { prototype: Database }
    const prepare = prototype.prepare
    prototype.prepare = function (this: Database, sql: string) {
      connections.add(this)
      return prepare.call(this, sql)
    }
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('are a few, reused by every write, whether it commits or rolls back', async () => {
    expect(adapterName(server.payload)).toBe('sqlite')
    const { payload } = server
    const [unit] = (await payload.find({ collection: 'units', limit: 1, where: { code: { equals: '28261' } } })).docs
    const write = (title: string) =>
      payload.create({ collection: 'news', data: { _status: 'published', title, unit: unit!.id } })
    await write('Khởi động')
    connections.clear()
    for (let index = 0; index < 30; index++) {
      await write(`Bản tin ${index}`)
      // Too long a title: refused inside the transaction, which rolls back.
      if (index % 10 === 0) await expect(write('x'.repeat(400))).rejects.toThrow()
    }
    await Promise.all(Array.from({ length: 10 }, (_, index) => write(`Cùng lúc ${index}`)))
    // The client's own connection for reads, and the ones kept for transactions.
    expect(connections.size).toBeLessThanOrEqual(1 + IDLE_TRANSACTION_CONNECTIONS)
    expect((await payload.count({ collection: 'news', where: { title: { like: 'Bản tin' } } })).totalDocs).toBe(30)
    expect((await payload.count({ collection: 'news', where: { title: { like: 'Cùng lúc' } } })).totalDocs).toBe(10)
    expect((await payload.count({ collection: 'news', where: { title: { like: 'xxxx' } } })).totalDocs).toBe(0)
  })

  it('sees what the transactions before committed, and an ended transaction touches its connection no more', async () => {
    const client = (server.payload.db as unknown as { client: { transaction: (mode?: string) => Promise<any> } }).client
    const first = await client.transaction('write')
    await first.execute('create table if not exists pool_probe (n integer)')
    await first.execute({ args: [1], sql: 'insert into pool_probe values (?)' })
    await first.commit()
    await expect(first.execute('insert into pool_probe values (2)')).rejects.toThrow(/closed/)
    await first.rollback()

    const second = await client.transaction('write')
    expect((await second.execute('select count(*) as n from pool_probe')).rows[0].n).toBe(1)
    await second.execute('insert into pool_probe values (3)')
    // The first one's rollback, late, must not undo the second's work on the same connection.
    await first.rollback()
    await second.commit()
    const third = await client.transaction('write')
    expect((await third.execute('select count(*) as n from pool_probe')).rows[0].n).toBe(2)
    await third.rollback()
  })
})
