import http from 'node:http'

import type { Id } from '../../src/base/ids'
import { gql } from '../helpers/http'
import { unitIds, type UnitKey, UNIT_CODES } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let units: Record<UnitKey, Id>
const titles: Record<string, string> = {}

const publish = async (key: string, unit: UnitKey, status: 'draft' | 'published', showOnSubunits?: string[]) => {
  titles[key] = `${key} (${unit})`
  await server.payload.create({
    collection: 'news',
    data: {
      _status: status,
      showOnSubunits: showOnSubunits as never,
      title: titles[key]!,
      unit: units[unit] as number,
    },
    draft: status === 'draft',
  })
}

beforeAll(async () => {
  server = await startTestServer()
  units = await unitIds(server.payload)
  await publish('c1-news', 'C1', 'published')
  await publish('c1-draft', 'C1', 'draft')
  await publish('c2-news', 'C2', 'published')
  await publish('province-for-communes', 'P', 'published', ['commune'])
  await publish('province-own', 'P', 'published')
  await publish('district-for-communes', 'D', 'published', ['commune'])
  await publish('province-draft-for-communes', 'P', 'draft', ['commune'])
})
afterAll(async () => {
  await server?.stop()
})

/** GET /api/news as a browser on a portal would send it (node's http, since fetch may not set Host). */
const restTitles = (headers: Record<string, string>, query = '') =>
  new Promise<string[]>((resolve, reject) => {
    http
      .get(`${server.url}/api/news?limit=100${query}`, { headers }, (response) => {
        let body = ''
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`${response.statusCode}: ${body}`))
          resolve((JSON.parse(body) as { docs: Array<{ title: string }> }).docs.map((doc) => doc.title).sort())
        })
      })
      .on('error', reject)
  })

const expected = (...keys: string[]) => keys.map((key) => titles[key]).sort()

describe('anonymous reads are scoped to a portal', () => {
  it('a commune portal (X-Portal-Unit slug) lists its own published news and what its ancestors share with communes', async () => {
    const c1 = await server.payload.findByID({ collection: 'units', id: units.C1 })
    expect(await restTitles({ 'x-portal-unit': c1.slug! })).toEqual(
      expected('c1-news', 'province-for-communes', 'district-for-communes'),
    )
  })

  it('the same by code, and by the portal domain in the Host header', async () => {
    expect(await restTitles({ 'x-portal-unit': UNIT_CODES.C2 })).toEqual(
      expected('c2-news', 'province-for-communes', 'district-for-communes'),
    )
    const province = await server.payload.findByID({ collection: 'units', id: units.P })
    expect(await restTitles({ host: province.domains![0]!.domain })).toEqual(
      expected('province-for-communes', 'province-own'),
    )
  })

  it('answers the same over GraphQL', async () => {
    const { body } = await gql(server.url, '{ News(limit: 100) { docs { title } } }', undefined, {
      'x-portal-unit': UNIT_CODES.C1,
    })
    expect(body.data.News.docs.map((d: { title: string }) => d.title).sort()).toEqual(
      expected('c1-news', 'province-for-communes', 'district-for-communes'),
    )
  })

  it('never shows drafts, even by id', async () => {
    const draft = (await server.payload.find({ collection: 'news', where: { title: { equals: titles['c1-draft'] } } }))
      .docs[0]!
    const response = await fetch(`${server.url}/api/news/${draft.id}?draft=true`, {
      headers: { 'x-portal-unit': UNIT_CODES.C1 },
    })
    expect(response.status).toBe(404)
  })

  it('returns nothing for a unit that does not exist', async () => {
    expect(await restTitles({ 'x-portal-unit': 'khong-ton-tai' })).toEqual([])
  })

  it('without a portal, returns only what the query filters by unit, never everything', async () => {
    expect(await restTitles({})).toEqual([])
    expect(await restTitles({}, `&where[unit][equals]=${units.C2}`)).toEqual(expected('c2-news'))
    const { body } = await gql(server.url, '{ News(limit: 100) { docs { title } } }')
    expect(body.data.News.docs).toEqual([])
  })

  it('returns nothing for a merged unit’s portal', async () => {
    await server.payload.update({
      collection: 'units',
      data: { status: 'merged', successor: units.C1 as number },
      id: units.C2,
    })
    expect(await restTitles({ 'x-portal-unit': UNIT_CODES.C2 })).toEqual([])
    expect(await restTitles({}, `&where[unit][equals]=${units.C2}`)).toEqual([])
  })
})
