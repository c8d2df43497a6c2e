import { gql } from '../helpers/http'
import { countOf, fieldErrors, lexical, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

const createNews = (data: Record<string, unknown>, person: 'approverC1' | 'approverC2' = 'approverC1') =>
  rest(content.server, 'POST', '/news', {
    body: { _status: 'published', unit: content.world.units[person === 'approverC1' ? 'C1' : 'C2'], ...data },
    session: content.world.sessions[person],
  })

describe('news slugs', () => {
  it('makes the slug from the title: unaccented, đ → d, hyphens', async () => {
    const { body, status } = await createNews({ title: 'Đồng Tháp đẩy mạnh chuyển đổi số năm 2026!' })
    expect(status).toBe(201)
    expect(body.doc.slug).toBe('dong-thap-day-manh-chuyen-doi-so-nam-2026')
  })

  it('numbers a generated slug the unit already has, and keeps it when the title changes', async () => {
    const first = await createNews({ title: 'Thông báo lịch tiếp công dân' })
    const second = await createNews({ title: 'Thông báo lịch tiếp công dân' })
    expect([first.body.doc.slug, second.body.doc.slug]).toEqual([
      'thong-bao-lich-tiep-cong-dan',
      'thong-bao-lich-tiep-cong-dan-2',
    ])
    const renamed = await rest(content.server, 'PATCH', `/news/${first.body.doc.id}`, {
      body: { title: 'Thông báo lịch tiếp công dân tháng 12' },
      session: content.world.sessions.approverC1,
    })
    expect(renamed.body.doc.slug).toBe('thong-bao-lich-tiep-cong-dan')
  })

  it('refuses a slug written by hand that another article of the unit has, naming the field, and stores nothing', async () => {
    await createNews({ slug: 'le-hoi-dua-ghe', title: 'Lễ hội đua ghe ngo' })
    const before = await countOf(content.server.payload, 'news')
    const { body, status } = await createNews({ slug: 'Lễ hội đua ghe', title: 'Bài khác' })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('le-hoi-dua-ghe'), path: 'slug' }),
    ])
    expect(await countOf(content.server.payload, 'news')).toBe(before)
  })

  it('allows the same slug in another unit', async () => {
    const { body, status } = await createNews(
      { slug: 'le-hoi-dua-ghe', title: 'Lễ hội đua ghe ở xã bên' },
      'approverC2',
    )
    expect(status).toBe(201)
    expect(body.doc.slug).toBe('le-hoi-dua-ghe')
  })

  it('normalises a slug written by hand, and refuses a duplicate over GraphQL naming the field', async () => {
    const mutation = `mutation ($data: mutationNewsArticleInput!) { createNewsArticle(data: $data) { slug } }`
    const data = { slug: 'Giải  Bóng Đá -- Xã!', title: 'Giải bóng đá', unit: content.world.units.C1 }
    const created = await gql(content.server.url, mutation, { data }, content.world.sessions.approverC1.headers)
    expect(created.body.data.createNewsArticle.slug).toBe('giai-bong-da-xa')
    const again = await gql(content.server.url, mutation, { data }, content.world.sessions.approverC1.headers)
    expect(again.body.errors?.[0]).toMatchObject({
      extensions: { data: { errors: [expect.objectContaining({ path: 'slug' })] } },
    })
  })
})

describe('news fields', () => {
  it('stores categories of its own unit, the author, the source and sets the publish date on first publication', async () => {
    const category = await rest(content.server, 'POST', '/news-categories', {
      body: { name: 'Chuyển đổi số', unit: content.world.units.C1 },
      session: content.world.sessions.approverC1,
    })
    expect(category.body.doc.slug).toBe('chuyen-doi-so')
    const before = Date.now()
    const { body, status } = await createNews({
      author: 'Nguyễn Văn A',
      categories: [category.body.doc.id],
      featured: true,
      source: 'Báo Ấp Bắc',
      sourceUrl: 'https://baoapbac.vn/bai-viet',
      title: 'Tin có chuyên mục',
    })
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ author: 'Nguyễn Văn A', featured: true, source: 'Báo Ấp Bắc' })
    expect(body.doc.categories.map((c: { id: unknown }) => c.id)).toEqual([category.body.doc.id])
    // Set while the request ran, i.e. at first publication.
    const publishedAt = new Date(body.doc.publishedAt).getTime()
    expect(publishedAt).toBeGreaterThanOrEqual(before)
    expect(publishedAt).toBeLessThanOrEqual(Date.now())
  })

  it('refuses a category of another unit', async () => {
    const foreign = await rest(content.server, 'POST', '/news-categories', {
      body: { name: 'Nông nghiệp', unit: content.world.units.C2 },
      session: content.world.sessions.approverC2,
    })
    const { body, status } = await createNews({ categories: [foreign.body.doc.id], title: 'Sai chuyên mục' })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['categories'])
  })

  it('refuses a javascript: source link', async () => {
    const { body, status } = await createNews({ sourceUrl: 'javascript:alert(1)', title: 'Liên kết xấu' })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['sourceUrl'])
  })

  it('stores text in NFC whatever form it arrives in', async () => {
    const decomposed = 'Hội nghị tổng kết'.normalize('NFD')
    const { body } = await createNews({ summary: decomposed, title: decomposed })
    expect(body.doc.title).toBe('Hội nghị tổng kết'.normalize('NFC'))
    expect(body.doc.summary).toBe('Hội nghị tổng kết'.normalize('NFC'))
    expect(body.doc.slug).toBe('hoi-nghi-tong-ket')
  })
})

describe('rich text for frontends', () => {
  it('serves the body as Lexical JSON and as sanitised HTML, over REST and GraphQL', async () => {
    const body = lexical(
      ['Xin chào <script>alert(1)</script> ', { text: 'trang chủ', url: 'https://tiengiang.gov.vn' }],
      [{ text: 'bấm vào đây', url: 'javascript:alert(document.cookie)' }],
    )
    const created = await createNews({ body, title: 'Bài có nội dung' })
    expect(created.status).toBe(201)
    const html: string = created.body.doc.bodyHtml
    expect(html).toContain(
      '<p>Xin chào &lt;script&gt;alert(1)&lt;/script&gt; <a href="https://tiengiang.gov.vn">trang chủ</a></p>',
    )
    expect(html).not.toMatch(/<script|javascript:|onerror|onclick/i)
    expect(created.body.doc.body.root.children).toHaveLength(2)

    const { body: answer } = await gql(
      content.server.url,
      `{ News(where: { slug: { equals: "bai-co-noi-dung" } }) { docs { bodyHtml body } } }`,
      undefined,
      { 'x-portal-unit': UNIT_CODES.C1 },
    )
    expect(answer.data.News.docs[0].bodyHtml).toBe(html)
    expect(answer.data.News.docs[0].body.root.type).toBe('root')
    // A client selecting only the HTML (select: true) still gets it: the body it is made from is always read.
    const { body: selected } = await gql(
      content.server.url,
      `{ News(where: { slug: { equals: "bai-co-noi-dung" } }, select: true) { docs { bodyHtml } } }`,
      undefined,
      { 'x-portal-unit': UNIT_CODES.C1 },
    )
    expect(selected.data.News.docs[0]).toEqual({ bodyHtml: html })
  })

  it('keeps the HTML and its body in one locale: the HTML falls back to Vietnamese exactly when the body does', async () => {
    const created = await createNews({ body: lexical(['Nội dung tiếng Việt']), title: 'Bài hai thứ tiếng' })
    const id = created.body.doc.id
    const read = async (locale: 'en' | 'vi') => {
      const { body } = await gql(
        content.server.url,
        `query ($locale: LocaleInputType) { News(locale: $locale, where: { slug: { equals: "bai-hai-thu-tieng" } }) { docs { bodyHtml } } }`,
        { locale },
        { 'x-portal-unit': UNIT_CODES.C1 },
      )
      return body.data.News.docs[0].bodyHtml
    }
    // No English body yet: both come from Vietnamese.
    await rest(content.server, 'PATCH', `/news/${id}?locale=en`, {
      body: { title: 'Two languages' },
      session: content.world.sessions.approverC1,
    })
    expect(await read('en')).toBe('<p>Nội dung tiếng Việt</p>')
    // An English body: English HTML, and the Vietnamese one unchanged; a client cannot write the HTML itself.
    const edited = await rest(content.server, 'PATCH', `/news/${id}?locale=en`, {
      body: { body: lexical(['English text']), bodyHtml: '<script>alert(1)</script>' },
      session: content.world.sessions.approverC1,
    })
    expect(edited.body.doc.bodyHtml).toBe('<p>English text</p>')
    expect(await read('en')).toBe('<p>English text</p>')
    expect(await read('vi')).toBe('<p>Nội dung tiếng Việt</p>')
    // An edit of another field keeps the HTML of the body it did not change.
    await rest(content.server, 'PATCH', `/news/${id}`, {
      body: { summary: 'Tóm tắt mới' },
      session: content.world.sessions.approverC1,
    })
    expect(await read('vi')).toBe('<p>Nội dung tiếng Việt</p>')
  })
})

describe('localization', () => {
  it('falls back to Vietnamese where the English version is missing, and serves English where it exists', async () => {
    const created = await createNews({ summary: 'Tóm tắt tiếng Việt', title: 'Hội chợ trái cây' })
    const id = created.body.doc.id
    await rest(content.server, 'PATCH', `/news/${id}?locale=en`, {
      body: { title: 'Fruit fair' },
      session: content.world.sessions.approverC1,
    })
    const query = `query ($locale: LocaleInputType) { News(locale: $locale, where: { slug: { equals: "hoi-cho-trai-cay" } }) { docs { title summary } } }`
    const english = await gql(content.server.url, query, { locale: 'en' }, { 'x-portal-unit': UNIT_CODES.C1 })
    expect(english.body.data.News.docs).toEqual([{ summary: 'Tóm tắt tiếng Việt', title: 'Fruit fair' }])
    const vietnamese = await gql(content.server.url, query, { locale: 'vi' }, { 'x-portal-unit': UNIT_CODES.C1 })
    expect(vietnamese.body.data.News.docs).toEqual([{ summary: 'Tóm tắt tiếng Việt', title: 'Hội chợ trái cây' }])
  })
})
