import { idOf } from '../../src/base/ids'
import { fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { drawerScheduleRefusal } from '../../src/publishing/scheduleChecks'
import { login } from '../helpers/http'
import { PASSWORD, UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

const portalTitles = async (collection: string, field = 'title') => {
  const { body } = await rest(content.server, 'GET', `/${collection}?limit=100`, {
    headers: { 'x-portal-unit': UNIT_CODES.C1 },
  })
  return body.docs.map((doc: Record<string, string>) => doc[field])
}

const draftNews = async (title: string) => {
  const { body, status } = await rest(content.server, 'POST', '/news?draft=true', {
    body: { title, unit: content.world.units.C1 },
    session: content.world.sessions.editorC1,
  })
  expect(status).toBe(201)
  return body.doc.id as number | string
}

const statusOf = async (collection: 'legal-documents' | 'news', id: number | string) =>
  ((await content.server.payload.findByID({ collection, draft: false, id })) as { _status?: string })._status

/** Waits until `at` has passed, then runs due jobs as the server's minute timer would. */
const runJobsAfter = async (at: string) => {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(at).getTime() - Date.now() + 50)))
  await content.server.payload.jobs.run()
}

describe('drafts and publishing rights', () => {
  it("a draft saved without a unit takes its author's only unit, and stays visible to them", async () => {
    const { body, status } = await rest(content.server, 'POST', '/news?draft=true', {
      body: { title: 'Nháp không chọn đơn vị' },
      session: content.world.sessions.editorC1,
    })
    expect(status).toBe(201)
    expect(String(idOf(body.doc.unit))).toBe(String(content.world.units.C1))
    const mine = await rest(content.server, 'GET', `/news/${body.doc.id}?draft=true`, {
      session: content.world.sessions.editorC1,
    })
    expect(mine.status).toBe(200)
  })

  it('someone who writes in several units must choose one: 400 naming unit, nothing stored', async () => {
    const superAdmin = await login(content.server.url, 'super@tiengiang.gov.vn', PASSWORD)
    const refused = await rest(content.server, 'POST', '/news?draft=true', {
      body: { title: 'Nháp của quản trị không đơn vị' },
      session: superAdmin,
    })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body).map((error) => error.path)).toEqual(['unit'])
    const stored = await content.server.payload.count({
      collection: 'news',
      where: { title: { equals: 'Nháp của quản trị không đơn vị' } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('an editor writes drafts nobody outside sees; publishing takes an approver', async () => {
    const id = await draftNews('Dự thảo kế hoạch')
    expect(await portalTitles('news')).not.toContain('Dự thảo kế hoạch')
    const byEditor = await rest(content.server, 'PATCH', `/news/${id}`, {
      body: { _status: 'published' },
      session: content.world.sessions.editorC1,
    })
    expect(byEditor.status).toBe(403)
    const byApprover = await rest(content.server, 'PATCH', `/news/${id}`, {
      body: { _status: 'published' },
      session: content.world.sessions.approverC1,
    })
    expect(byApprover.status).toBe(200)
    expect(await portalTitles('news')).toContain('Dự thảo kế hoạch')
  })

  it('keeps a version history, and a new draft of a published item does not change what the portal shows', async () => {
    const id = await draftNews('Bản một')
    await rest(content.server, 'PATCH', `/news/${id}`, {
      body: { _status: 'published' },
      session: content.world.sessions.approverC1,
    })
    await rest(content.server, 'PATCH', `/news/${id}?draft=true`, {
      body: { title: 'Bản hai (nháp)' },
      session: content.world.sessions.editorC1,
    })
    expect(await portalTitles('news')).toContain('Bản một')
    expect(await portalTitles('news')).not.toContain('Bản hai (nháp)')
    const versions = await rest(content.server, 'GET', `/news/versions?where[parent][equals]=${id}`, {
      session: content.world.sessions.editorC1,
    })
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(3)
  })
})

describe('scheduled publishing, per unit', () => {
  it('refuses to schedule a draft that could not be published, naming the fields (API and admin drawer)', async () => {
    const { body } = await rest(content.server, 'POST', '/news?draft=true', {
      body: { summary: 'Nháp chưa có tiêu đề', unit: content.world.units.C1 },
      session: content.world.sessions.editorC1,
    })
    const at = new Date(Date.now() + 60_000).toISOString()
    const refused = await rest(content.server, 'POST', `/news/${body.doc.id}/schedule`, {
      body: { action: 'publish', at },
      session: content.world.sessions.approverC1,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toContain('title')
    expect(refused.body.errors[0].message).toMatch(/không hẹn giờ xuất bản được/)

    const drawer = await drawerScheduleRefusal(
      content.server.payload,
      new Headers(content.world.sessions.approverC1.headers),
      { doc: { relationTo: 'news', value: body.doc.id }, type: 'publish' },
    )
    expect(drawer).toMatch(/^Mục này chưa thể xuất bản.*title/)
    const complete = await draftNews('Tin đủ để hẹn giờ')
    expect(
      await drawerScheduleRefusal(content.server.payload, new Headers(content.world.sessions.approverC1.headers), {
        doc: { relationTo: 'news', value: complete },
        type: 'publish',
      }),
    ).toBeUndefined()
  })

  it('tells the person who scheduled a publication that failed at its time, in the panel', async () => {
    const id = await draftNews('Tin sẽ mất tiêu đề')
    const at = new Date(Date.now() + 1000).toISOString()
    const scheduled = await rest(content.server, 'POST', `/news/${id}/schedule`, {
      body: { action: 'publish', at },
      session: content.world.sessions.approverC1,
    })
    expect(scheduled.status).toBe(201)
    // The draft loses its title after scheduling (drafts may leave required fields empty).
    const emptied = await rest(content.server, 'PATCH', `/news/${id}?draft=true`, {
      body: { title: '' },
      session: content.world.sessions.editorC1,
    })
    expect(emptied.status).toBe(200)
    await runJobsAfter(at)
    expect(await statusOf('news', id)).toBe('draft')

    const mine = await rest(content.server, 'GET', '/notifications?where[kind][equals]=schedule-failed', {
      session: content.world.sessions.approverC1,
    })
    expect(mine.body.docs).toEqual([
      expect.objectContaining({
        link: `/admin/collections/news/${id}`,
        message: expect.stringMatching(
          /^Hẹn giờ xuất bản .* không thực hiện được lúc \d\d:\d\d \d\d\/\d\d\/\d{4}: .*title/,
        ),
        title: expect.stringMatching(/^Không xuất bản được/),
      }),
    ])
    const others = await rest(content.server, 'GET', '/notifications?where[kind][equals]=schedule-failed', {
      session: content.world.sessions.editorC1,
    })
    expect(others.body.docs).toEqual([])
    const marked = await rest(content.server, 'PATCH', `/notifications/${mine.body.docs[0].id}`, {
      body: { readAt: new Date().toISOString(), title: 'đổi tiêu đề' },
      session: content.world.sessions.approverC1,
    })
    expect(marked.status).toBe(200)
    expect(marked.body.doc.title).toMatch(/^Không xuất bản được/)
    expect(marked.body.doc.readAt).toBeTruthy()
  })

  it('publishes at the chosen time, and unpublishes later', async () => {
    const id = await draftNews('Tin hẹn giờ')
    const at = new Date(Date.now() + 1500).toISOString()
    const scheduled = await rest(content.server, 'POST', `/news/${id}/schedule`, {
      body: { action: 'publish', at },
      session: content.world.sessions.approverC1,
    })
    expect(scheduled.status).toBe(201)
    const listed = await rest(content.server, 'GET', `/news/${id}/schedule`, {
      session: content.world.sessions.editorC1,
    })
    expect(listed.body.docs).toEqual([expect.objectContaining({ action: 'publish', at })])

    await content.server.payload.jobs.run()
    expect(await statusOf('news', id)).toBe('draft')
    await runJobsAfter(at)
    expect(await statusOf('news', id)).toBe('published')
    expect(await portalTitles('news')).toContain('Tin hẹn giờ')

    const later = new Date(Date.now() + 1000).toISOString()
    expect(
      (
        await rest(content.server, 'POST', `/news/${id}/schedule`, {
          body: { action: 'unpublish', at: later },
          session: content.world.sessions.approverC1,
        })
      ).status,
    ).toBe(201)
    await runJobsAfter(later)
    expect(await portalTitles('news')).not.toContain('Tin hẹn giờ')
  })

  it('refuses scheduling by an editor, by another unit, or for a time in the past, naming the field', async () => {
    const id = await draftNews('Tin không được hẹn')
    const future = new Date(Date.now() + 60_000).toISOString()
    expect(
      (
        await rest(content.server, 'POST', `/news/${id}/schedule`, {
          body: { at: future },
          session: content.world.sessions.editorC1,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest(content.server, 'POST', `/news/${id}/schedule`, {
          body: { at: future },
          session: content.world.sessions.approverC2,
        })
      ).status,
    ).toBe(404)
    expect((await rest(content.server, 'POST', `/news/${id}/schedule`, { body: { at: future } })).status).toBe(401)
    const past = await rest(content.server, 'POST', `/news/${id}/schedule`, {
      body: { at: '2020-01-01T00:00:00Z' },
      session: content.world.sessions.approverC1,
    })
    expect(past).toEqual({ body: { errors: [expect.objectContaining({ field: 'at' })] }, status: 400 })
  })

  it('runs with the scheduler’s rights at that moment: an approver who lost the right publishes nothing', async () => {
    const id = await draftNews('Tin của người mất quyền')
    const at = new Date(Date.now() + 1000).toISOString()
    expect(
      (
        await rest(content.server, 'POST', `/news/${id}/schedule`, {
          body: { at },
          session: content.world.sessions.approverC1,
        })
      ).status,
    ).toBe(201)
    await content.server.payload.update({
      collection: 'users',
      data: { assignments: [{ role: 'editor', unit: content.world.units.C1 as number }] },
      id: content.world.users.approverC1.id,
    })
    await runJobsAfter(at)
    expect(await statusOf('news', id)).toBe('draft')
    await content.server.payload.update({
      collection: 'users',
      data: { assignments: [{ role: 'approver', unit: content.world.units.C1 as number }] },
      id: content.world.users.approverC1.id,
    })
  })

  it('works the same for legal documents', async () => {
    const created = await rest(content.server, 'POST', '/legal-documents?draft=true', {
      body: {
        issuedAt: '2026-01-05',
        issuingBody: 'UBND xã',
        numberAndSymbol: '01/2026/QĐ-UBND',
        summary: 'Quyết định hẹn giờ',
        type: 'quyet-dinh',
        unit: content.world.units.C1,
      },
      session: content.world.sessions.editorC1,
    })
    const at = new Date(Date.now() + 1000).toISOString()
    expect(
      (
        await rest(content.server, 'POST', `/legal-documents/${created.body.doc.id}/schedule`, {
          body: { at },
          session: content.world.sessions.approverC1,
        })
      ).status,
    ).toBe(201)
    await runJobsAfter(at)
    expect(await portalTitles('legal-documents', 'numberAndSymbol')).toContain('01/2026/QĐ-UBND')
  })
})
