import { gql, login } from '../helpers/http'
import { rest, useContentServer } from '../helpers/contentFixtures'
import { emailOf, PASSWORD, UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer({ env: { GRAPHQL_EXPLORER: 'false' } })
// The English wording is asserted here; Vietnamese is the default (checked below).
const portal = { 'accept-language': 'en', 'x-portal-unit': UNIT_CODES.C1 }
const ask = (query: string, variables?: Record<string, unknown>) => gql(content.server.url, query, variables, portal)
const firstError = async (query: string, variables?: Record<string, unknown>) =>
  (await ask(query, variables)).body.errors?.[0]?.message

describe('GraphQL limits: each refusal says which limit it hit, and the server keeps serving', () => {
  it('depth', async () => {
    const nested =
      '{ Units(limit: 1) { docs { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } }'
    expect(await firstError(nested)).toMatch(/^Depth limit: the query nests more than 10 levels deep; at most 10/)
  })

  it('aliases', async () => {
    const aliased = `{ ${Array.from({ length: 25 }, (_, index) => `a${index}: News(limit: 1) { totalDocs }`).join(' ')} }`
    expect(await firstError(aliased)).toMatch(/^Alias limit: the query uses 25 aliases; at most 20/)
  })

  it('complexity', async () => {
    // Within the depth and alias limits, but each level of `parent` is a relationship Payload counts as 10.
    const chain = '{ docs { parent { parent { parent { parent { parent { parent { code } } } } } } } }'
    const fields = Array.from({ length: 20 }, (_, index) => `c${index}: Units(limit: 100) ${chain}`)
    const errors =
      (await ask(`{ ${fields.join(' ')} }`)).body.errors?.map((error: { message: string }) => error.message) ?? []
    expect(errors.join('\n')).toMatch(/maximum complexity of 1000/)
  })

  it.each([
    ['written in the query', '{ News(limit: 1000) { totalDocs } }', undefined],
    ['passed as a variable', 'query ($n: Int) { News(limit: $n) { totalDocs } }', { n: 0 }],
  ])('page size %s', async (_, query, variables) => {
    expect(await firstError(query, variables)).toMatch(/^Page size limit: "limit" must be a whole number from 1 to 100/)
  })

  it.each([
    ['without a limit', '{ News(pagination: false) { docs { id } } }', undefined],
    [
      'with a null limit from a variable',
      'query ($n: Int, $p: Boolean) { News(limit: $n, pagination: $p) { docs { id } } }',
      { n: null, p: false },
    ],
  ])('pagination: false %s (it would return every item)', async (_, query, variables) => {
    expect(await firstError(query, variables)).toBe(
      'Page size limit: "pagination: false" needs a "limit" from 1 to 100.',
    )
  })

  it('pagination: false with a limit: no total count, at most that many items', async () => {
    await Promise.all(
      [1, 2, 3].map((n) =>
        content.server.payload.create({
          collection: 'news',
          data: { _status: 'published', title: `Tin không đếm ${n}`, unit: content.world.units.C1 as number },
        }),
      ),
    )
    const { body } = await ask(
      '{ News(limit: 2, pagination: false, sort: "-publishedAt") { totalDocs hasNextPage docs { title } } }',
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.News.docs).toHaveLength(2)
  })

  it('introspection, when the explorer is off', async () => {
    expect(await firstError('{ __schema { types { name } } }')).toMatch(/^Introspection limit/)
    expect((await fetch(`${content.server.url}/api/graphql-playground`)).status).toBe(404)
  })

  it('batched operations', async () => {
    const response = await fetch(`${content.server.url}/api/graphql`, {
      body: JSON.stringify([{ query: '{ News { totalDocs } }' }, { query: '{ News { totalDocs } }' }]),
      headers: { 'content-type': 'application/json', ...portal },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/^Batch limit/) }] })
  })

  it('request size', async () => {
    const response = await fetch(`${content.server.url}/api/graphql`, {
      body: JSON.stringify({ query: `{ News { totalDocs } } # ${'x'.repeat(200_000)}` }),
      headers: { 'content-type': 'application/json', ...portal },
      method: 'POST',
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/^Request size limit/) }] })
  })

  it('says each refusal in the request’s language: Vietnamese unless English is asked for', async () => {
    const { body } = await gql(content.server.url, '{ News(limit: 0) { totalDocs } }', undefined, {
      'x-portal-unit': UNIT_CODES.C1,
    })
    expect(body.errors?.[0]?.message).toMatch(/^Giới hạn cỡ trang: "limit" phải là số nguyên từ 1 đến 100/)
    const nested = `{ News { docs { ${'unit { parent { '.repeat(6)} id ${'} } '.repeat(6)} } } }`
    const deep = await gql(content.server.url, nested, undefined, { 'x-portal-unit': UNIT_CODES.C1 })
    expect(deep.body.errors?.[0]?.message).toMatch(/^Giới hạn độ sâu/)
  })

  it('still answers a normal query after all that', async () => {
    const { body } = await ask('{ News(limit: 5) { totalDocs } portal { unit { code } } }')
    expect(body).toEqual({ data: { News: { totalDocs: 3 }, portal: { unit: { code: UNIT_CODES.C1 } } } })
  })
})

describe('REST page size', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=abc', 'limit'],
    ['pagination=false', 'pagination'],
  ])('refuses anonymous ?%s naming %s', async (query, field) => {
    const { body, status } = await rest(content.server, 'GET', `/units?${query}`)
    expect(status).toBe(400)
    expect(body.errors).toEqual([
      expect.objectContaining({ field, message: expect.stringMatching(/^Giới hạn cỡ trang/) }),
    ])
    const english = await rest(content.server, 'GET', `/units?${query}`, { headers: { 'accept-language': 'en' } })
    expect(english.body.errors[0].message).toMatch(/^Page size limit/)
  })

  it('lets anonymous clients page normally, and signed-in people (the admin panel) list more', async () => {
    expect((await rest(content.server, 'GET', '/units?limit=100')).body.docs).toHaveLength(100)
    const session = await login(content.server.url, emailOf('editorC1'), PASSWORD)
    const { body } = await rest(content.server, 'GET', '/units?limit=0', { session })
    expect(body.docs).toHaveLength(202)
  })
})

describe('graphql-js’s own refusals', () => {
  const vietnamese = { 'x-portal-unit': UNIT_CODES.C1 }
  const messageOf = async (query: string, variables?: Record<string, unknown>, headers = vietnamese) =>
    (await gql(content.server.url, query, variables, headers)).body.errors?.[0]?.message

  it('are in the request’s language, naming the field, argument or variable at fault', async () => {
    expect(await messageOf('{ News(limt: 1) { totalDocs } }')).toMatch(
      /^Trường "Query.News" không có đối số "limt". Có phải ý bạn là "limit"\?/,
    )
    expect(await messageOf('{ News(limt: 1) { totalDocs } }', undefined, portal)).toMatch(
      /^Unknown argument "limt" on field "Query.News"./,
    )
    expect(await messageOf('{ News { totalDoc } }')).toMatch(/^Kiểu "News" không có trường "totalDoc"./)
    expect(await messageOf('{ News { totalDocs }')).toBe('Lỗi cú pháp: cần Name, gặp <EOF>.')
    expect(await messageOf('{ News(locale: fr) { totalDocs } }')).toBe('Đối số "locale" có giá trị không hợp lệ: fr.')
    expect(await messageOf('query ($n: Int) { News(limit: $n) { totalDocs } }', { n: 'abc' })).toBe(
      'Biến "$n" nhận giá trị không hợp lệ "abc"; Int chỉ nhận số nguyên, không nhận "abc"',
    )
  })
})
