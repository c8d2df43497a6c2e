import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { type ContentWorld, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

// These tests tell which answers an edit invalidates by the X-Cache of the next read: popular answers recomputed
// in the background (CACHE_HOT_ANSWERS) would turn a MISS into a HIT depending on timing.
const content = useContentServer({ env: { CACHE_HOT_ANSWERS: '0' } })
const NEWS = '{ News(sort: "-publishedAt", limit: 20) { docs { title } } }'

const post = async (query: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${content.server.url}/api/graphql`, {
    body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })
  return { body: response.status === 304 ? undefined : ((await response.json()) as any), response }
}
const portalOf = (unit: keyof typeof UNIT_CODES) => ({ 'x-portal-unit': UNIT_CODES[unit] })
const state = async (query: string, unit: keyof typeof UNIT_CODES) =>
  (await post(query, portalOf(unit))).response.headers.get('x-cache')

const publish = (world: ContentWorld, unit: 'C1' | 'C2' | 'P', title: string, showOnSubunits: string[] = []) =>
  content.server.payload.create({
    collection: 'news',
    data: {
      _status: 'published',
      publishedAt: new Date().toISOString(),
      showOnSubunits: showOnSubunits as never,
      title,
      unit: world.units[unit] as number,
    },
  })

describe('the GraphQL answer cache', () => {
  it('computes an answer once for a burst of the same request (single flight), the same answer for all', async () => {
    const query = '{ News(sort: "-publishedAt", limit: 7) { docs { title slug } } }'
    const burst = await Promise.all(Array.from({ length: 30 }, () => post(query, portalOf('C2'))))
    const states = burst.map(({ response }) => response.headers.get('x-cache'))
    // Others waited for the one computation (SHARED) or came once it was kept (HIT): src/http/graphql/answerCache.test.ts times it.
    expect(states.filter((each) => each === 'MISS')).toHaveLength(1)
    expect(states.every((each) => ['HIT', 'MISS', 'SHARED'].includes(each!))).toBe(true)
    expect(new Set(burst.map(({ body }) => JSON.stringify(body))).size).toBe(1)
  })

  it('never shares nor stores a mutation, even a burst of the same one', async () => {
    const mutation = 'mutation { createNews(data: { title: "x" }) { id } }'
    const burst = await Promise.all(Array.from({ length: 3 }, () => post(mutation, portalOf('C1'))))
    for (const { response } of burst) {
      expect(response.headers.get('x-cache')).toBeNull()
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('answers a repeated anonymous query from the cache, with an ETag, and 304 to a matching If-None-Match', async () => {
    const first = await post(NEWS, portalOf('C1'))
    expect(first.response.headers.get('x-cache')).toBe('MISS')
    const second = await post(NEWS, portalOf('C1'))
    expect(second.response.headers.get('x-cache')).toBe('HIT')
    expect(second.body).toEqual(first.body)
    const etag = second.response.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    expect(second.response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const revalidated = await post(NEWS, { ...portalOf('C1'), 'if-none-match': etag })
    expect(revalidated.response.status).toBe(304)
  })

  it('keeps portals, variables and locales apart', async () => {
    await post(NEWS, portalOf('C2'))
    expect(await state(NEWS, 'C2')).toBe('HIT')
    expect(await state(NEWS.replace('limit: 20', 'limit: 19'), 'C2')).toBe('MISS')
  })

  it('a publish invalidates exactly the answers that can show it', async () => {
    const { world } = content
    const latest = `{ latestNews { docs { title } } }`
    for (const unit of ['C1', 'C2', 'P'] as const) await post(NEWS, portalOf(unit))
    await post(latest, portalOf('P'))
    for (const unit of ['C1', 'C2', 'P'] as const) expect(await state(NEWS, unit)).toBe('HIT')

    await publish(world, 'C1', 'Tin mới của xã 1')
    expect(await state(NEWS, 'C1')).toBe('MISS') // its own list
    expect(await state(NEWS, 'C2')).toBe('HIT') // a sibling's list cannot show it
    expect(await state(NEWS, 'P')).toBe('HIT') // the province's own list neither
    expect(await state(latest, 'P')).toBe('MISS') // the province's feed of its sub-units can
    expect((await post(NEWS, portalOf('C1'))).body.data.News.docs[0].title).toBe('Tin mới của xã 1')

    await publish(world, 'P', 'Tin riêng của tỉnh')
    expect(await state(NEWS, 'P')).toBe('MISS')
    expect(await state(NEWS, 'C1')).toBe('HIT') // not shown to communes

    await publish(world, 'P', 'Tin tỉnh cho mọi xã', ['commune'])
    expect(await state(NEWS, 'C1')).toBe('MISS') // inherited by every commune portal
    expect(await state(NEWS, 'C2')).toBe('MISS')
    expect((await post(NEWS, portalOf('C2'))).body.data.News.docs.map((doc: { title: string }) => doc.title)).toContain(
      'Tin tỉnh cho mọi xã',
    )
  })

  it('many writes in one transaction (an import batch) invalidate what shows them once committed, not before', async () => {
    const { server, world } = content
    const { payload } = server
    for (const unit of ['C1', 'C2'] as const) await post(NEWS, portalOf(unit))
    const req = await createLocalReq({ context: { importing: true } }, payload)
    await initTransaction(req)
    for (const title of ['Tin nhập 1', 'Tin nhập 2', 'Tin nhập 3'])
      await payload.create({
        collection: 'news',
        data: { _status: 'published', publishedAt: new Date().toISOString(), title, unit: world.units.C1 as number },
        req,
      })
    // Not committed: other readers cannot see the items yet, and an answer computed now is the old one.
    const before = (await post(NEWS, portalOf('C1'))).body.data.News.docs.map((doc: { title: string }) => doc.title)
    expect(before).not.toContain('Tin nhập 1')
    await commitTransaction(req)
    // That answer, cached while the transaction ran, is stale once it commits.
    expect(await state(NEWS, 'C1')).toBe('MISS')
    const after = (await post(NEWS, portalOf('C1'))).body.data.News.docs.map((doc: { title: string }) => doc.title)
    expect(after).toEqual(expect.arrayContaining(['Tin nhập 1', 'Tin nhập 2', 'Tin nhập 3']))
    expect(await state(NEWS, 'C1')).toBe('HIT')
    expect(await state(NEWS, 'C2')).toBe('HIT') // a sibling's list cannot show them
  })

  it('unpublishing and deleting invalidate too', async () => {
    const { server, world } = content
    const doc = await publish(world, 'C2', 'Tin sẽ gỡ')
    expect((await post(NEWS, portalOf('C2'))).body.data.News.docs[0].title).toBe('Tin sẽ gỡ')
    await rest(server, 'PATCH', `/news/${doc.id}`, { body: { _status: 'draft' }, session: world.sessions.approverC2 })
    expect((await post(NEWS, portalOf('C2'))).body.data.News.docs.map((d: { title: string }) => d.title)).not.toContain(
      'Tin sẽ gỡ',
    )
    const other = await publish(world, 'C2', 'Tin sẽ xoá')
    expect((await post(NEWS, portalOf('C2'))).body.data.News.docs[0].title).toBe('Tin sẽ xoá')
    await rest(server, 'DELETE', `/news/${other.id}`, { session: world.sessions.approverC2 })
    expect((await post(NEWS, portalOf('C2'))).body.data.News.docs.map((d: { title: string }) => d.title)).not.toContain(
      'Tin sẽ xoá',
    )
  })

  it('does not cache signed-in requests or mutations', async () => {
    const signedIn = await post(NEWS, { ...portalOf('C1'), ...content.world.sessions.approverC1.headers })
    expect(signedIn.response.headers.get('x-cache')).toBeNull()
    expect(signedIn.response.headers.get('cache-control')).toBe('private, no-store')
    const mutation = await post('mutation { logoutUser }', portalOf('C1'))
    expect(mutation.response.headers.get('etag')).toBeNull()
  })
})
