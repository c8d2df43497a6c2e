import { gql } from '../helpers/http'
import { rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()
const portal = { 'x-portal-unit': UNIT_CODES.C1 }

/** Malformed query input, anonymous and signed in, REST and GraphQL: 400 naming the parameter, never 5xx. */
const REST_CASES: Array<[string, RegExp]> = [
  ['/news/abc', /id/],
  ['/news/1e999', /id/],
  ['/units/abc', /id phải là một số nguyên \(mã định danh\) \(nhận \\"abc\\"\)/],
  ['/news?where[id][in]=a,b', /where\[id\]\[in\]/],
  ['/news?where[id][equals]=abc', /where\[id\]\[equals\]/],
  ['/news?where[publishedAt][greater_than]=notadate', /where\[publishedAt\]\[greater_than\]/],
  ['/news?where[title][bogus]=x', /where\[title\]\[bogus\]/],
  ['/news?where[unit][in][0][x]=1', /where\[unit\]\[in\]/],
  ['/news?where[or][0][title][equals]=a&where[or][1]=zz', /where\[or\]\[1\]/],
  ['/news?where[nonexistent][equals]=1', /where\[nonexistent\]/],
  ['/news?where[showOnSubunits][in]=village', /where\[showOnSubunits\]\[in\]/],
  ['/news?where[featured][exists]=maybe', /where\[featured\]\[exists\]/],
  ['/procedures?where[level][equals]=galaxy', /where\[level\]\[equals\]/],
  ['/legal-documents?where[validity][equals]=forever', /where\[validity\]\[equals\]/],
  ['/news/count?where[id][in]=x', /where\[id\]\[in\]/],
  [`/news?where${'[or][0]'.repeat(6)}[title][equals]=x`, /lồng sâu hơn mức địa chỉ truy vấn/],
  ['/news?locale=en-US', /locale phải là một trong vi, en, all/],
  ['/units/abc?fallback-locale=fr', /fallback-locale phải là một trong vi, en, false, none, null/],
  ['/procedures?where[code][equals]=1.001234&fallbackLocale=xx', /fallback-locale/],
]

const messagesOf = (body: {
  errors?: Array<{ data?: { errors?: Array<{ message: string; path: string }> }; message: string }>
}) => JSON.stringify(body.errors ?? [])

describe('malformed query input', () => {
  it.each(REST_CASES)('REST %s answers 400 naming the parameter (anonymous and signed in)', async (path, named) => {
    for (const session of [undefined, content.world.sessions.approverC1]) {
      const { body, status } = await rest(content.server, 'GET', path, { headers: portal, session })
      expect({ path, status }).toEqual({ path, status: 400 })
      expect(messagesOf(body)).toMatch(named)
    }
  })

  it('answers in the request’s language, the heading line too', async () => {
    const vi = await rest(content.server, 'GET', '/news?where[title][bogus]=x', { headers: portal })
    expect(messagesOf(vi.body)).toMatch(/không phải toán tử/)
    expect(vi.body.errors[0].message).toBe('Trường sau chưa hợp lệ: where[title][bogus]')
    const en = await rest(content.server, 'GET', '/news?where[title][bogus]=x', {
      headers: { ...portal, 'accept-language': 'en' },
    })
    expect(messagesOf(en.body)).toMatch(/is not an operator/)
    expect(en.body.errors[0].message).toBe('The following field is invalid: where[title][bogus]')
  })

  it('refuses writes by a malformed id without touching anything', async () => {
    const session = content.world.sessions.approverC1
    for (const method of ['PATCH', 'DELETE']) {
      const { status } = await rest(content.server, method, '/news/abc', {
        body: method === 'PATCH' ? { title: 'x' } : undefined,
        session,
      })
      expect({ method, status }).toEqual({ method, status: 400 })
    }
    const bulk = await rest(content.server, 'PATCH', '/news?where[id][in]=a', { body: { title: 'x' }, session })
    expect(bulk.status).toBe(400)
  })

  it('works with large but legal lists (500 ids) and refuses larger ones naming the limit', async () => {
    const ids = Array.from({ length: 500 }, (_, index) => index + 1).join(',')
    expect((await rest(content.server, 'GET', `/news?where[id][in]=${ids}`, { headers: portal })).status).toBe(200)
    const tooMany = await rest(content.server, 'GET', `/news?where[id][in]=${ids},501`, { headers: portal })
    expect(tooMany.status).toBe(400)
    expect(messagesOf(tooMany.body)).toMatch(/tối đa 500 giá trị/)
  })

  it('GraphQL: malformed filters are refused naming the argument, never a 500', async () => {
    const cases = [
      '{ News(where: { publishedAt: { greater_than: "notadate" } }) { docs { id } } }',
      '{ News(where: { showOnSubunits: { in: [commune] }, title: { like: "x" }, unit: { in: [1] }, OR: [{ featured: { equals: true } }] }) { totalDocs } }',
      '{ NewsArticle(id: 999999999) { id } }',
    ]
    for (const query of cases) {
      const { body, response } = await gql(content.server.url, query, undefined, portal)
      expect({ query, server: response.status < 500 }).toEqual({ query, server: true })
      expect(JSON.stringify(body)).not.toMatch(/Something went wrong/)
    }
    const dated = await gql(content.server.url, cases[0]!, undefined, portal)
    expect(JSON.stringify(dated.body)).toMatch(/publishedAt/)
  })
})
