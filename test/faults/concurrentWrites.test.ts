import { countOf, rest, useContentServer } from '../helpers/contentFixtures'

const content = useContentServer()

/**
 * Writes are transactions on every database; on SQLite one writer at a time holds the lock and the others wait
 * their turn (busy timeout), so many people saving at once all succeed, none is told "database is locked".
 */
describe('writes at the same time', () => {
  it('all succeed, each whole: 48 published articles from 12 clients at once', async () => {
    const before = await countOf(content.server.payload, 'news')
    const write = (client: number, n: number) =>
      rest(content.server, 'POST', '/news', {
        body: {
          _status: 'published',
          summary: 'Tóm tắt',
          title: `Tin đồng thời ${client}-${n}`,
          unit: content.world.units.C1,
        },
        session: content.world.sessions.approverC1,
      })
    const answers = await Promise.all(
      Array.from({ length: 12 }, async (_, client) => {
        const statuses: number[] = []
        for (let n = 0; n < 4; n++) statuses.push((await write(client, n)).status)
        return statuses
      }),
    )
    expect(answers.flat().filter((status) => status !== 201)).toEqual([])
    expect(await countOf(content.server.payload, 'news')).toBe(before + 48)
    const { docs } = await content.server.payload.find({
      collection: 'news',
      limit: 0,
      where: { title: { like: 'Tin đồng thời' } },
    })
    expect(docs.filter((doc) => !doc.title || doc._status !== 'published')).toEqual([])
  })
})
