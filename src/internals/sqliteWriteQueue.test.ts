import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { adapterName } from './sqlAdapter'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/**
 * Writes started together in one process take turns before they reach SQLite's synchronous driver (a second
 * BEGIN IMMEDIATE would block the event loop the first needs). If an upgrade renames the adapter's transaction
 * methods this wrapper relies on, or the queue stops working, this fails.
 */
describe('SQLite transactions of one process', () => {
  it('take turns: twenty creates started at once all succeed', async () => {
    const db = server.payload.db
    expect([typeof db.beginTransaction, typeof db.commitTransaction, typeof db.rollbackTransaction]).toEqual([
      'function',
      'function',
      'function',
    ])
    const [unit] = (await server.payload.find({ collection: 'units', limit: 1, where: { code: { equals: '28261' } } }))
      .docs
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        server.payload.create({
          collection: 'news',
          data: { _status: 'published', title: `Cùng lúc ${n}`, unit: unit!.id },
        }),
      ),
    )
    expect(
      results
        .filter((result) => result.status === 'rejected')
        .map((result) => String((result as PromiseRejectedResult).reason)),
    ).toEqual([])
    expect((await server.payload.count({ collection: 'news', where: { title: { like: 'Cùng lúc' } } })).totalDocs).toBe(
      20,
    )
    if (adapterName(server.payload) !== 'sqlite') return
    // A failed write gives its turn back: the next one still goes through.
    await expect(
      server.payload.create({ collection: 'news', data: { title: 'x'.repeat(400), unit: unit!.id } }),
    ).rejects.toThrow()
    await expect(
      server.payload.create({ collection: 'news', data: { title: 'Sau lỗi', unit: unit!.id } }),
    ).resolves.toBeDefined()
  })
})
