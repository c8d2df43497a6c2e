import { DEFAULT_NEWS_CATEGORIES } from '../../src/fields/choices/lists'
import { countOf, fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

const choices = async (list: string, query = '', session = content.world.sessions.editorC1) =>
  rest(content.server, 'GET', `/choices/${list}${query}`, { session })

/** A draft as an editor of commune C1 saves it. */
const draft = (collection: string, data: Record<string, unknown>) =>
  rest(content.server, 'POST', `/${collection}?draft=true`, {
    body: { unit: content.world.units.C1, ...data },
    session: content.world.sessions.editorC1,
  })

describe('ready-made choices for a procedure’s field and a document’s issuing body', () => {
  it('offers the national fields to signed-in staff, and nothing to anyone else', async () => {
    const { body, status } = await choices('fields')
    expect(status).toBe(200)
    expect(body.choices).toEqual(expect.arrayContaining(['Hộ tịch', 'Chứng thực', 'Đất đai', 'Thi đua, khen thưởng']))
    expect(new Set(body.choices).size).toBe(body.choices.length)
    expect((await rest(content.server, 'GET', '/choices/fields')).status).toBe(401)
  })

  it('offers the bodies of the document’s unit first, then those above it, then the central ones', async () => {
    const { body } = await choices('issuing-bodies', `?unit=${content.world.units.C1}`)
    const at = (name: string) => body.choices.indexOf(name)
    expect(body.choices.slice(0, 3)).toEqual([
      'Ủy ban nhân dân phường 1',
      'Hội đồng nhân dân phường 1',
      'Chủ tịch Ủy ban nhân dân phường 1',
    ])
    expect(at('Ủy ban nhân dân thành phố Mỹ Tho')).toBeGreaterThan(2)
    expect(at('Ủy ban nhân dân tỉnh Tiền Giang')).toBeGreaterThan(at('Ủy ban nhân dân thành phố Mỹ Tho'))
    expect(at('Chính phủ')).toBeGreaterThan(at('Ủy ban nhân dân tỉnh Tiền Giang'))
  })

  it('names what is wrong with a request, in the request’s language', async () => {
    const unknown = await choices('colours')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0]).toMatchObject({ field: 'list', message: expect.stringContaining('fields') })
    const badUnit = await rest(content.server, 'GET', '/choices/issuing-bodies?unit=abc', {
      headers: { 'accept-language': 'en' },
      session: content.world.sessions.editorC1,
    })
    expect(badUnit.status).toBe(400)
    expect(badUnit.body.errors[0]).toMatchObject({ field: 'unit', message: expect.stringMatching(/^id must be/) })
  })

  it('stores a ready-made value in its own spelling, and keeps a new one as typed for the next person', async () => {
    const typed = await draft('procedures', { code: '1.009101', field: 'ho  TICH', name: 'Đăng ký khai sinh' })
    expect(typed.status).toBe(201)
    expect(typed.body.doc.field).toBe('Hộ tịch')
    const issued = await draft('legal-documents', {
      issuingBody: 'uy ban nhan dan  phuong 1',
      summary: 'Kế hoạch tuyên truyền',
    })
    expect(issued.body.doc.issuingBody).toBe('Ủy ban nhân dân phường 1')

    const fresh = await draft('legal-documents', { field: ' Kinh tế  số ', summary: 'Văn bản lĩnh vực mới' })
    expect(fresh.body.doc.field).toBe('Kinh tế số')
    expect((await choices('fields')).body.choices).toContain('Kinh tế số')
  })

  it('keeps a field’s other rules: an over-long value is refused, nothing stored', async () => {
    const before = await countOf(content.server.payload, 'procedures')
    const { body, status } = await draft('procedures', { field: 'x'.repeat(201), name: 'Quá dài' })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toContain('field')
    expect(await countOf(content.server.payload, 'procedures')).toBe(before)
  })
})

describe('the news categories a province starts with', () => {
  it('serve every portal below it: a commune files news under them and its portal shows them', async () => {
    const { docs } = await content.server.payload.find({
      collection: 'news-categories',
      sort: 'order',
      where: { unit: { equals: content.world.units.P } },
    })
    expect(docs.map((category) => category.name)).toEqual([...DEFAULT_NEWS_CATEGORIES])
    expect(docs.map((category) => category.name)).toContain('Lịch công tác')
    const notice = docs.find((category) => category.slug === 'thong-bao')!
    const published = await rest(content.server, 'POST', '/news', {
      body: {
        _status: 'published',
        categories: [notice.id],
        title: 'Thông báo lịch tiếp công dân',
        unit: content.world.units.C1,
      },
      session: content.world.sessions.approverC1,
    })
    expect(published.body.errors ?? []).toEqual([])
    expect(published.status).toBe(201)
    const read = await rest(content.server, 'GET', `/news/${published.body.doc.id}?depth=1`, {
      headers: { 'x-portal-unit': UNIT_CODES.C1 },
    })
    expect(read.status).toBe(200)
    expect(read.body.categories[0]).toMatchObject({ name: 'Thông báo', slug: 'thong-bao' })
    const portalCategories = await rest(content.server, 'GET', '/news-categories?limit=50', {
      headers: { 'x-portal-unit': UNIT_CODES.C1 },
    })
    expect(portalCategories.body.docs.map((category: { name: string }) => category.name)).toContain('Lịch công tác')
  })

  it('do not let a commune file news under a sibling commune’s own category', async () => {
    const sibling = await content.server.payload.create({
      collection: 'news-categories',
      data: { name: 'Tin phường 2', unit: content.world.units.C2 as number },
    })
    const { body, status } = await rest(content.server, 'POST', '/news?draft=true', {
      body: { categories: [sibling.id], title: 'Tin gắn nhầm chuyên mục', unit: content.world.units.C1 },
      session: content.world.sessions.editorC1,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toContain('categories')
  })
})
