import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { unitIds } from '../../test/helpers/tenancyFixtures'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/**
 * Payload counts lists whose query joins a table with its own `countDistinct`; on SQL databases ours replaces it
 * for joined queries (countDistinct.ts). If an upgrade renames the method or changes its arguments, the
 * counts below go wrong or the wrapper throws at start.
 */
describe('counting a joined list', () => {
  it('counts each item once however many joined rows match it, as totals and pages say', async () => {
    const { payload } = server
    const units = await unitIds(payload)
    const news = (title: string, showOnSubunits: string[]) =>
      payload.create({
        collection: 'news',
        data: { _status: 'published', showOnSubunits, title, unit: units.P as number } as never,
      })
    for (let index = 0; index < 7; index++) await news(`Hai cấp ${index}`, ['commune', 'district'])
    for (let index = 0; index < 3; index++) await news(`Một cấp ${index}`, ['commune'])
    await news('Không cấp nào', [])
    const where = { showOnSubunits: { in: ['commune', 'district'] } }
    // Each of the seven matches twice in the join; a count of joined rows would say 17.
    expect((await payload.count({ collection: 'news', where })).totalDocs).toBe(10)
    const page = await payload.find({ collection: 'news', limit: 4, page: 3, where })
    expect({ pages: page.totalPages, total: page.totalDocs, onPage: page.docs.length }).toEqual({
      onPage: 2,
      pages: 3,
      total: 10,
    })
    expect(
      (await payload.count({ collection: 'news', where: { showOnSubunits: { in: ['district'] } } })).totalDocs,
    ).toBe(7)
    // Without a join Payload's own count runs.
    expect((await payload.count({ collection: 'news', where: { title: { like: 'cấp' } } })).totalDocs).toBe(11)
  })
})
