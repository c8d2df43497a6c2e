import { createLocalReq } from 'payload'

import { versionHistoryOf } from '../../src/admin/versionHistory'
import { dashboardOf } from '../../src/admin/workQueue'
import { idOf } from '../../src/base/ids'
import { fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

const as = (person: 'approverC1' | 'approverC2' | 'editorC1') => content.world.sessions[person]
const userId = (person: 'approverC1' | 'approverC2' | 'editorC1') => String(content.world.users[person].id)

const noticesOf = async (person: 'approverC1' | 'approverC2' | 'editorC1', kind: string) => {
  const { body } = await rest(content.server, 'GET', `/notifications?where[kind][equals]=${kind}&limit=50`, {
    session: as(person),
  })
  return body.docs as Array<{ link: string; message: string; title: string }>
}

/** A person's dashboard, read with their own access. */
const dashboard = async (person: 'approverC1' | 'approverC2') => {
  const user = await content.server.payload.findByID({ collection: 'users', id: content.world.users[person].id })
  return dashboardOf(content.server.payload, { ...user, collection: 'users' })
}

const patch = (id: unknown, body: Record<string, unknown>, person: 'approverC1' | 'editorC1', draft = true) =>
  rest(content.server, 'PATCH', `/news/${id}${draft ? '?draft=true' : ''}`, { body, session: as(person) })

describe('approval: submit, send back with a comment, publish', () => {
  let id: number | string

  it('records who created an item, which starts as being written', async () => {
    const { body, status } = await rest(content.server, 'POST', '/news?draft=true', {
      body: { title: 'Thông báo lịch tiếp công dân', unit: content.world.units.C1 },
      session: as('editorC1'),
    })
    expect(status).toBe(201)
    id = body.doc.id
    expect(body.doc.reviewStatus).toBe('in-progress')
    expect(String(idOf(body.doc.createdBy))).toBe(userId('editorC1'))
    expect(String(idOf(body.doc.updatedBy))).toBe(userId('editorC1'))
  })

  it('an editor submits; the unit’s approvers are told, and the item is in their queue', async () => {
    const submitted = await patch(id, { reviewStatus: 'submitted' }, 'editorC1')
    expect(submitted.status).toBe(200)
    expect(String(idOf(submitted.body.doc.submittedBy))).toBe(userId('editorC1'))
    const told = await noticesOf('approverC1', 'review-submitted')
    expect(told).toEqual([
      expect.objectContaining({
        link: `/admin/collections/news/${id}`,
        title: 'Chờ duyệt: «Thông báo lịch tiếp công dân»',
      }),
    ])
    expect(await noticesOf('approverC2', 'review-submitted')).toEqual([])
    // The dashboard's "waiting for approval" list, read with each person's own access.
    expect((await dashboard('approverC1')).waiting.map((item) => String(item.id))).toContain(String(id))
    expect((await dashboard('approverC2')).waiting).toEqual([])
    const queue = await rest(content.server, 'GET', '/news?where[reviewStatus][equals]=submitted&draft=true', {
      session: as('approverC1'),
    })
    expect(queue.body.docs.map((doc: { id: unknown }) => String(doc.id))).toContain(String(id))
  })

  it('only an approver sends back, and only with a comment; the author is told why', async () => {
    const byEditor = await patch(id, { reviewNote: 'tự trả', reviewStatus: 'returned' }, 'editorC1')
    expect(byEditor.status).toBe(400)
    expect(fieldErrors(byEditor.body).map((error) => error.path)).toEqual(['reviewStatus'])
    const silent = await patch(id, { reviewStatus: 'returned' }, 'approverC1')
    expect(silent.status).toBe(400)
    expect(fieldErrors(silent.body).map((error) => error.path)).toEqual(['reviewNote'])
    const returned = await patch(
      id,
      { reviewNote: 'Bổ sung giờ tiếp dân buổi chiều.', reviewStatus: 'returned' },
      'approverC1',
    )
    expect(returned.status).toBe(200)
    const selfApproved = await patch(id, { reviewStatus: 'approved' }, 'editorC1')
    expect(selfApproved.status).toBe(400)
    expect(fieldErrors(selfApproved.body).map((error) => error.path)).toEqual(['reviewStatus'])
    expect(await noticesOf('editorC1', 'review-returned')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('Bổ sung giờ tiếp dân buổi chiều.') }),
    ])
  })

  it('a resubmitted item is published by the approver: approved, and the author is told', async () => {
    const again = await patch(
      id,
      { reviewStatus: 'submitted', title: 'Thông báo lịch tiếp công dân (bổ sung)' },
      'editorC1',
    )
    expect(again.status).toBe(200)
    expect(again.body.doc.reviewNote).toBeNull()
    const published = await patch(id, { _status: 'published' }, 'approverC1', false)
    expect(published.status).toBe(200)
    expect(published.body.doc.reviewStatus).toBe('approved')
    expect(String(idOf(published.body.doc.publishedBy))).toBe(userId('approverC1'))
    expect(await noticesOf('editorC1', 'review-approved')).toHaveLength(1)
    // A new draft of the published item is being written again.
    const reopened = await patch(id, { title: 'Thông báo lịch tiếp công dân (sửa lần hai)' }, 'editorC1')
    expect(reopened.body.doc.reviewStatus).toBe('in-progress')
  })

  it('keeps who changed each version, and shows none of it to the public', async () => {
    const versions = await rest(content.server, 'GET', `/news/versions?where[parent][equals]=${id}&limit=50`, {
      session: as('editorC1'),
    })
    const editors = new Set(
      versions.body.docs.map((doc: { version: { updatedBy: unknown } }) => String(idOf(doc.version.updatedBy))),
    )
    expect(editors).toEqual(new Set([userId('editorC1'), userId('approverC1')]))
    const anonymous = await rest(content.server, 'GET', `/news/${id}`, { headers: { 'x-portal-unit': UNIT_CODES.C1 } })
    expect(anonymous.status).toBe(200)
    for (const field of ['createdBy', 'updatedBy', 'submittedBy', 'publishedBy', 'reviewStatus', 'reviewNote']) {
      expect(anonymous.body).not.toHaveProperty(field)
    }
  })

  it('the versions tab names who saved each version, newest first, for those who may read the item', async () => {
    const reqOf = async (person: 'approverC1' | 'approverC2') => {
      const user = await content.server.payload.findByID({ collection: 'users', id: content.world.users[person].id })
      return createLocalReq({ user: { ...user, collection: 'users' } }, content.server.payload)
    }
    const history = await versionHistoryOf(await reqOf('approverC1'), 'news', id, 1)
    expect(history.rows[0]).toMatchObject({ by: 'editorC1', published: false, review: 'Đang soạn' })
    expect(history.rows).toContainEqual(expect.objectContaining({ by: 'approverC1', published: true }))
    expect(history.rows.at(-1)).toMatchObject({ by: 'editorC1', review: 'Đang soạn' })
    const times = history.rows.map((row) => row.at)
    expect([...times].sort().reverse()).toEqual(times)
    expect((await versionHistoryOf(await reqOf('approverC2'), 'news', id, 1)).rows).toEqual([])
  })
})

describe('the dashboard’s scheduled publications', () => {
  it('lists the person’s own units’ scheduled items only, soonest first', async () => {
    const draftOf = async (title: string) =>
      (
        await rest(content.server, 'POST', '/news?draft=true', {
          body: { title, unit: content.world.units.C1 },
          session: as('editorC1'),
        })
      ).body.doc.id
    const later = await draftOf('Lịch tiếp dân tháng sau')
    const sooner = await draftOf('Lịch tiếp dân tuần sau')
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
    for (const [item, days] of [
      [later, 30],
      [sooner, 7],
    ] as const) {
      const scheduled = await rest(content.server, 'POST', `/news/${item}/schedule`, {
        body: { action: 'publish', at: at(days) },
        session: as('approverC1'),
      })
      expect(scheduled.status).toBe(201)
    }
    const mine = (await dashboard('approverC1')).scheduled
    expect(mine.map((item) => [item.title, item.action])).toEqual([
      ['Lịch tiếp dân tuần sau', 'publish'],
      ['Lịch tiếp dân tháng sau', 'publish'],
    ])
    expect((await dashboard('approverC2')).scheduled).toEqual([])
  })
})
