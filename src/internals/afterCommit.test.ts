import { createLocalReq, initTransaction, commitTransaction, killTransaction } from 'payload'

import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { afterCommit, beforeCommit } from './afterCommit'

let server: TestServer
let unit: number

beforeAll(async () => {
  server = await startTestServer()
  unit = (await server.payload.find({ collection: 'units', limit: 1, where: { code: { equals: '28261' } } })).docs[0]!
    .id as number
})
afterAll(async () => {
  await server?.stop()
})

const transaction = async () => {
  const req = await createLocalReq({}, server.payload)
  expect(await initTransaction(req)).toBe(true)
  return req
}

/**
 * Work registered with `afterCommit` runs once the transaction is committed, on the adapter in use. If an upgrade
 * renames the adapter's transaction methods the wrapper relies on, or Payload starts committing elsewhere, this
 * fails.
 */
describe('work after a commit', () => {
  it('waits for the commit, then sees the committed change from outside the transaction', async () => {
    const req = await transaction()
    const seen: number[] = []
    const news = await server.payload.create({
      collection: 'news',
      data: { _status: 'published', title: 'Sau khi ghi', unit },
      req,
    })
    await afterCommit(req, async () => {
      // A read of its own, outside the transaction: what other readers see now.
      seen.push((await server.payload.count({ collection: 'news', where: { id: { equals: news.id } } })).totalDocs)
    })
    expect(seen).toEqual([])
    await commitTransaction(req)
    expect(seen).toEqual([1])
  })

  it('never runs for a transaction rolled back', async () => {
    const req = await transaction()
    let ran = false
    await afterCommit(req, async () => {
      ran = true
    })
    await killTransaction(req)
    expect(ran).toBe(false)
  })

  it('runs at once without a transaction', async () => {
    const req = await createLocalReq({}, server.payload)
    let ran = false
    await afterCommit(req, async () => {
      ran = true
    })
    expect(ran).toBe(true)
  })

  it('a failure after the commit does not undo nor fail it', async () => {
    const req = await transaction()
    const news = await server.payload.create({ collection: 'news', data: { title: 'Vẫn còn', unit }, req })
    await afterCommit(req, async () => {
      throw new Error('Redis away')
    })
    await expect(commitTransaction(req)).resolves.toBeUndefined()
    expect((await server.payload.findByID({ collection: 'news', id: news.id })).title).toBe('Vẫn còn')
  })

  it('work before a commit runs once per key, inside the transaction, just before it commits', async () => {
    const req = await transaction()
    const news = await server.payload.create({ collection: 'news', data: { title: 'Trước khi ghi', unit }, req })
    const seen: number[] = []
    // Reads in the transaction: sees the uncommitted item.
    const work = async () => {
      seen.push((await server.payload.count({ collection: 'news', req, where: { id: { equals: news.id } } })).totalDocs)
    }
    for (let asked = 0; asked < 3; asked++) await beforeCommit(req, 'count', work)
    expect(seen).toEqual([])
    await commitTransaction(req)
    expect(seen).toEqual([1])
  })

  it('a failure before the commit fails it, and the rollback keeps nothing', async () => {
    const req = await transaction()
    const news = await server.payload.create({ collection: 'news', data: { title: 'Không giữ', unit }, req })
    await beforeCommit(req, 'fails', async () => {
      throw new Error('count failed')
    })
    await expect(commitTransaction(req)).rejects.toThrow('count failed')
    await killTransaction(req)
    expect((await server.payload.count({ collection: 'news', where: { id: { equals: news.id } } })).totalDocs).toBe(0)
  })

  it('work before a commit runs at once without a transaction', async () => {
    const req = await createLocalReq({}, server.payload)
    let ran = 0
    await beforeCommit(req, 'now', async () => {
      ran++
    })
    await beforeCommit(req, 'now', async () => {
      ran++
    })
    expect(ran).toBe(2)
  })

  it('an edit through the API invalidates the cache after its commit', async () => {
    const news = await server.payload.create({ collection: 'news', data: { title: 'Bộ nhớ đệm', unit } })
    const store = (server.payload.config.custom as { cache: { invalidate: (tags: string[]) => Promise<void> } }).cache
    const invalidate = store.invalidate
    const stamps: Array<{ committed: string }> = []
    store.invalidate = async (tags) => {
      // What a reader outside the transaction sees at the moment of each stamp.
      const { title } = await server.payload.findByID({ collection: 'news', id: news.id })
      stamps.push({ committed: title })
      return invalidate(tags)
    }
    try {
      await server.payload.update({ collection: 'news', data: { title: 'Đã sửa' }, id: news.id })
    } finally {
      store.invalidate = invalidate
    }
    // Stamped in the hook (before the commit) and again once committed: the last one saw the new title.
    expect(stamps.at(-1)).toEqual({ committed: 'Đã sửa' })
    expect(stamps.length).toBe(2)
  })
})
