import { gql } from '../helpers/http'
import { fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()
const portal = { 'x-portal-unit': UNIT_CODES.C1 }

beforeAll(async () => {
  const { server, world } = content
  const make = (collection: string, unit: 'C1' | 'C2' | 'D' | 'P', data: Record<string, unknown>) =>
    server.payload.create({
      collection: collection as never,
      data: { _status: 'published', unit: world.units[unit], ...data } as never,
    })
  await make('procedures', 'P', {
    code: '1.000894',
    field: 'Hộ tịch',
    level: 'commune',
    name: 'Đăng ký kết hôn',
    showOnSubunits: ['commune'],
  })
  await make('procedures', 'C1', { code: '1.001193', field: 'Hộ tịch', level: 'commune', name: 'Đăng ký khai sinh' })
  await make('news', 'C1', {
    publishedAt: '2026-03-01T00:00:00Z',
    summary: 'Hướng dẫn đăng ký kết hôn trực tuyến',
    title: 'Xã triển khai dịch vụ công',
  })
  await make('news', 'C1', { publishedAt: '2026-05-01T00:00:00Z', title: 'Ngày hội đăng ký kết hôn tập thể' })
  await make('news', 'C2', { title: 'Đăng ký kết hôn ở xã bên' })
  await server.payload.create({
    collection: 'news',
    data: { _status: 'draft', title: 'Nháp đăng ký kết hôn', unit: world.units.C1 as number },
    draft: true,
  })
  await make('legal-documents', 'C1', {
    issuedAt: '2025-02-03',
    issuingBody: 'UBND xã',
    numberAndSymbol: '15/2025/QĐ-UBND',
    summary: 'Quy chế tiếp công dân',
    type: 'quyet-dinh',
  })
  await make('contacts', 'C1', { name: 'Nguyễn Thị Đào', position: 'Công chức Tư pháp – Hộ tịch' })
  for (let index = 1; index <= 12; index++) await make('news', 'C1', { title: `Bản tin nông nghiệp số ${index}` })
})

const search = async (variables: Record<string, unknown>, headers: Record<string, string> = portal) => {
  const { body } = await gql(
    content.server.url,
    `query ($q: String!, $unit: String, $includeSubunits: Boolean, $page: Int, $limit: Int, $collections: [SearchCollection!], $locale: String) {
      search(q: $q, unit: $unit, includeSubunits: $includeSubunits, page: $page, limit: $limit, collections: $collections, locale: $locale) {
        totalDocs page totalPages hasNextPage docs { collection heading subheading titleMatch slug id }
      }
    }`,
    variables,
    headers,
  )
  return body
}
const headings = (body: { data?: { search: { docs: Array<{ heading: string }> } } }) =>
  body.data!.search.docs.map((doc) => doc.heading)

describe('diacritic- and case-insensitive search', () => {
  it.each(['dang ky ket hon', 'Dang Ky Ket Hon', 'đăng ký kết hôn', 'ĐĂNG KÝ KẾT HÔN', '  đăng  ký   kết hôn  '])(
    '%j finds "Đăng ký kết hôn", titles first, newest first, nothing of other units or drafts',
    async (q) => {
      const body = await search({ q })
      expect(body.errors).toBeUndefined()
      // The procedure was saved today, after the news articles' publish dates.
      expect(headings(body)).toEqual([
        'Đăng ký kết hôn',
        'Ngày hội đăng ký kết hôn tập thể',
        'Xã triển khai dịch vụ công',
      ])
      expect(body.data.search.docs.map((doc: { titleMatch: boolean }) => doc.titleMatch)).toEqual([true, true, false])
    },
  )

  it('finds decomposed (NFD) input the same', async () => {
    expect(headings(await search({ q: 'đăng ký kết hôn'.normalize('NFD') }))).toHaveLength(3)
  })

  it('finds documents by number and symbol, and contacts by position', async () => {
    expect(headings(await search({ q: '15/2025/qđ-ubnd' }))).toEqual(['Quy chế tiếp công dân'])
    const contact = await search({ q: 'ho tich', collections: ['contacts'] })
    expect(contact.data.search.docs).toEqual([
      expect.objectContaining({ collection: 'contacts', heading: 'Nguyễn Thị Đào', titleMatch: false }),
    ])
  })

  it('pages through results', async () => {
    const first = await search({ limit: 5, q: 'ban tin nong nghiep' })
    expect(first.data.search).toMatchObject({ hasNextPage: true, page: 1, totalDocs: 12, totalPages: 3 })
    const third = await search({ limit: 5, page: 3, q: 'ban tin nong nghiep' })
    expect(third.data.search.docs).toHaveLength(2)
    expect(third.data.search.hasNextPage).toBe(false)
  })

  it('searches a unit and its sub-units when asked', async () => {
    const district = await search({ includeSubunits: true, q: 'dang ky ket hon', unit: UNIT_CODES.D }, {})
    expect(headings(district).sort()).toEqual(
      ['Ngày hội đăng ký kết hôn tập thể', 'Xã triển khai dịch vụ công', 'Đăng ký kết hôn ở xã bên'].sort(),
    )
    expect(headings(await search({ q: 'dang ky ket hon', unit: UNIT_CODES.D }, {}))).toEqual([])
  })

  it('searches a portal’s own unit and its sub-units from that portal (province- or district-wide search box)', async () => {
    const expected = [
      'Ngày hội đăng ký kết hôn tập thể',
      'Xã triển khai dịch vụ công',
      'Đăng ký kết hôn ở xã bên',
    ].sort()
    const onDistrictPortal = { 'x-portal-unit': UNIT_CODES.D }
    const graphql = await search({ includeSubunits: true, q: 'dang ky ket hon', unit: UNIT_CODES.D }, onDistrictPortal)
    expect(headings(graphql).sort()).toEqual(expected)
    const { body } = await rest(
      content.server,
      'GET',
      `/search?q=dang%20ky%20ket%20hon&unit=${UNIT_CODES.D}&includeSubunits=true`,
      {
        headers: onDistrictPortal,
      },
    )
    expect(body.docs.map((hit: { heading: string }) => hit.heading).sort()).toEqual(expected)
    // Naming no unit, the portal's own is searched with those below it.
    expect(headings(await search({ includeSubunits: true, q: 'dang ky ket hon' }, onDistrictPortal)).sort()).toEqual(
      expected,
    )
    // The province's portal, province-wide: its own procedure (shown on communes) and everything published below.
    const province = await search(
      { includeSubunits: true, q: 'dang ky ket hon', unit: UNIT_CODES.P },
      { 'x-portal-unit': UNIT_CODES.P },
    )
    expect(headings(province).sort()).toEqual([...expected, 'Đăng ký kết hôn'].sort())
    // Drafts stay out, whatever the scope.
    expect(headings(province)).not.toContain('Nháp đăng ký kết hôn')
  })

  it('finds nothing without a portal or a unit, rather than everything', async () => {
    expect((await search({ q: 'dang ky' }, {})).data.search.totalDocs).toBe(0)
  })
})

describe('search over REST and its errors', () => {
  it('answers the same over REST', async () => {
    const { body, status } = await rest(
      content.server,
      'GET',
      '/search?q=Dang%20ky%20ket%20hon&collections=procedures',
      { headers: portal },
    )
    expect(status).toBe(200)
    expect(body.docs.map((doc: { heading: string }) => doc.heading)).toEqual(['Đăng ký kết hôn'])
  })

  it.each([
    ['?q=%20%21%3F', 'q'],
    ['?q=x&collections=users', 'collections'],
    ['?q=x&locale=fr', 'locale'],
    ['?q=x&page=1000', 'page'],
    [`?q=${'a'.repeat(201)}`, 'q'],
  ])('GET /api/search%s is refused naming %s', async (query, field) => {
    const { body, status } = await rest(content.server, 'GET', `/search${query}`, { headers: portal })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual([field])
  })

  it('refuses an overlong word over GraphQL with a 400-style error naming q, in the request’s language', async () => {
    // 60,000 characters: SQLite itself refuses a LIKE pattern over 50,000 bytes (it was a 500).
    const q = 'thong'.repeat(12_000)
    const vietnamese = await search({ includeSubunits: true, q })
    expect(vietnamese.data).toBeNull()
    expect(JSON.stringify(vietnamese.errors)).toContain('Nội dung tìm kiếm dài tối đa 200 ký tự')
    const { body } = await gql(
      content.server.url,
      'query ($q: String!) { search(q: $q) { totalDocs } }',
      { q },
      {
        ...portal,
        'accept-language': 'en',
      },
    )
    expect(JSON.stringify(body.errors)).toContain('at most 200 characters')
  })
})
