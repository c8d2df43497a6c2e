import { countOf, fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'

const content = useContentServer()

/** A draft as an editor saves it: REST `?draft=true`, only what has been typed so far. */
const draft = (collection: string, data: Record<string, unknown>) =>
  rest(content.server, 'POST', `/${collection}?draft=true`, {
    body: { unit: content.world.units.C1, ...data },
    session: content.world.sessions.editorC1,
  })

const pathsOf = (body: unknown) => fieldErrors(body as never).map((error) => error.path)

describe('drafts are checked by every rule but "required"', () => {
  it('saves a draft with required fields still empty', async () => {
    expect((await draft('news', { summary: 'Chưa có tiêu đề' })).status).toBe(201)
    expect((await draft('procedures', { name: 'Thủ tục đang soạn' })).status).toBe(201)
    expect((await draft('legal-documents', { summary: 'Văn bản đang soạn' })).status).toBe(201)
  })

  it.each([
    ['news', { sourceUrl: 'javascript:alert(1)', title: 'Liên kết xấu trong bản nháp' }, 'sourceUrl'],
    ['procedures', { code: '1.1234', name: 'Mã sai trong bản nháp' }, 'code'],
    ['legal-documents', { issuedAt: '2025-02-01', numberAndSymbol: '12/2024/QĐ-UBND' }, 'numberAndSymbol'],
    ['legal-documents', { effectiveAt: '2023-01-01', issuedAt: '2023-03-15' }, 'effectiveAt'],
  ])('refuses a %s draft that breaks a rule, naming the field, storing nothing', async (collection, data, path) => {
    const before = await countOf(content.server.payload, collection as never)
    const { body, status } = await draft(collection, data)
    expect(status).toBe(400)
    expect(pathsOf(body)).toContain(path)
    expect(await countOf(content.server.payload, collection as never)).toBe(before)
  })

  it('refuses a bad value in a later draft of an item, keeping what was stored', async () => {
    const created = await draft('news', { sourceUrl: 'https://tiengiang.gov.vn/tin', title: 'Tin nháp có nguồn' })
    const id = created.body.doc.id
    const { status } = await rest(content.server, 'PATCH', `/news/${id}?draft=true`, {
      body: { sourceUrl: 'javascript:alert(2)' },
      session: content.world.sessions.editorC1,
    })
    expect(status).toBe(400)
    const stored = await content.server.payload.findByID({ collection: 'news', draft: true, id })
    expect(stored.sourceUrl).toBe('https://tiengiang.gov.vn/tin')
  })

  it('asks for the required fields when the draft is published', async () => {
    const created = await draft('news', { summary: 'Tóm tắt không tiêu đề' })
    const published = await rest(content.server, 'PATCH', `/news/${created.body.doc.id}`, {
      body: { _status: 'published' },
      session: content.world.sessions.approverC1,
    })
    expect(published.status).toBe(400)
    expect(pathsOf(published.body)).toContain('title')
  })
})
