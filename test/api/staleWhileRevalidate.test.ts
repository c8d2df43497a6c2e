import { readNewsTitles } from '../helpers/http'
import { useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

/**
 * Stale-while-revalidate with Payload's own GraphQL handler behind the cache: the recomputation runs after the
 * reader who started it was answered (src/http/graphql/answerCache.test.ts times it with a known handler).
 */
const NEWS = '{ News(sort: "-publishedAt", limit: 20) { docs { title } } }'
const portalOf = (unit: keyof typeof UNIT_CODES) => ({ 'x-portal-unit': UNIT_CODES[unit] })

describe('stale-while-revalidate through Payload', () => {
  const swr = useContentServer({ env: { CACHE_MAX_STALE_MS: '5000' } })
  const ask = () => readNewsTitles(swr.server.url, NEWS, UNIT_CODES.C1)

  const publish = (title: string) =>
    swr.server.payload.create({
      collection: 'news',
      data: { _status: 'published', publishedAt: new Date().toISOString(), title, unit: swr.world.units.C1 as number },
    })

  it('after a publish, readers get the previous answer while it is recomputed once, then the new one', async () => {
    await ask()
    expect((await ask()).state).toBe('HIT')
    await publish('Tin vừa đăng')
    const during = await ask()
    expect(during.state).toBe('STALE')
    expect(during.titles).not.toContain('Tin vừa đăng')
    // The recomputation started by that reader stores the new answer; readers get it from then on.
    let after = await ask()
    for (let tries = 0; tries < 50 && after.state !== 'HIT'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      after = await ask()
    }
    expect(after.state).toBe('HIT')
    expect(after.titles[0]).toBe('Tin vừa đăng')
  })

  it('a signed-in editor reads their own write at once', async () => {
    await ask()
    await publish('Biên tập viên thấy ngay')
    const response = await fetch(`${swr.server.url}/api/graphql`, {
      body: JSON.stringify({ query: NEWS }),
      headers: { 'content-type': 'application/json', ...portalOf('C1'), ...swr.world.sessions.approverC1.headers },
      method: 'POST',
    })
    const body = (await response.json()) as { data: { News: { docs: Array<{ title: string }> } } }
    expect(body.data.News.docs[0]!.title).toBe('Biên tập viên thấy ngay')
  })
})
