import { createLocalReq } from 'payload'

import { rest, useContentServer } from '../helpers/contentFixtures'
import { login } from '../helpers/http'
import { PASSWORD, UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

/** The address the admin panel's "Xem trước" button opens for a draft, as the editor would get it. */
const previewLink = async (id: number | string) => {
  const user = await content.server.payload.findByID({ collection: 'users', id: content.world.users.editorC1.id })
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, content.server.payload)
  const doc = await content.server.payload.findByID({ collection: 'news', draft: true, id, req })
  const preview = content.server.payload.collections.news.config.admin.preview!
  return (await preview(doc as unknown as Record<string, unknown>, { locale: 'vi', req, token: null }))!
}

const draft = async (title: string) => {
  const { body } = await rest(content.server, 'POST', '/news?draft=true', {
    body: { title, unit: content.world.units.C1 },
    session: content.world.sessions.editorC1,
  })
  return body.doc.id as number | string
}

const tokenIn = (link: string) => new URL(link, 'http://127.0.0.1').searchParams.get('token') ?? ''

describe('previewing a draft', () => {
  it('links to the example portal’s preview page with a token that reads this one draft', async () => {
    const id = await draft('Dự thảo thông báo lịch tiêm chủng')
    const link = await previewLink(id)
    expect(link).toMatch(/^\/examples\/portal\/preview\.html\?token=news\.\d+\.\d+\./)
    const read = await rest(content.server, 'GET', `/preview/${encodeURIComponent(tokenIn(link))}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      collection: 'news',
      doc: { _status: 'draft', title: 'Dự thảo thông báo lịch tiêm chủng' },
    })
    expect(read.headers.get('cache-control')).toBe('no-store, private')
    // Without the token the draft stays out of sight.
    const anonymous = await rest(content.server, 'GET', `/news/${id}?draft=true`, {
      headers: { 'x-portal-unit': UNIT_CODES.C1 },
    })
    expect(anonymous.status).toBe(404)
  })

  it('refuses an altered or foreign token with a reason, in the request language', async () => {
    const id = await draft('Dự thảo khác')
    const token = tokenIn(await previewLink(id))
    const other = token.replace(`news.${id}.`, `news.${Number(id) + 1000}.`)
    const refused = await rest(content.server, 'GET', `/preview/${encodeURIComponent(other)}`)
    expect(refused.status).toBe(404)
    expect(refused.body.errors[0].message).toMatch(/Liên kết xem trước không hợp lệ/)
    const english = await rest(content.server, 'GET', '/preview/nonsense', { headers: { 'accept-language': 'en' } })
    expect(english.body.errors[0].message).toMatch(/not valid or has expired/)
  })

  it('uses the unit’s own preview address, checked when it is set', async () => {
    const admin = await content.server.payload.create({
      collection: 'users',
      data: {
        assignments: [{ role: 'unit-admin', unit: content.world.units.C1 as number }],
        email: 'qt.preview@tiengiang.gov.vn',
        password: PASSWORD,
      },
    })
    const session = await login(content.server.url, 'qt.preview@tiengiang.gov.vn', PASSWORD)
    const bad = await rest(content.server, 'PATCH', `/units/${content.world.units.C1}`, {
      body: { previewUrl: 'javascript:alert(1)' },
      session,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('previewUrl')
    const set = await rest(content.server, 'PATCH', `/units/${content.world.units.C1}`, {
      body: { previewUrl: 'https://phuong1mytho.tiengiang.gov.vn/xem-truoc/{collection}/{slug}?token={token}' },
      session,
    })
    expect(set.status).toBe(200)
    const id = await draft('Tin xem trước trên cổng riêng')
    const link = await previewLink(id)
    expect(link).toMatch(
      /^https:\/\/phuong1mytho\.tiengiang\.gov\.vn\/xem-truoc\/news\/tin-xem-truoc-tren-cong-rieng\?token=news\./,
    )
    expect(admin.id).toBeDefined()
  })
})
