import { verifyAuditLog } from '../../src/audit/verify'
import { applyAuditRetention } from '../../src/audit/retention'
import { runCli } from '../helpers/cli'
import { fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { gql, login, type Session } from '../helpers/http'
import { PASSWORD } from '../helpers/tenancyFixtures'

const content = useContentServer()

type Entry = {
  action: string
  actorEmail?: string
  address?: string
  changes?: Array<{ field: string; from?: unknown; to?: unknown }>
  collection?: string
  documentId?: string
  documentTitle?: string
  sequence: number
  unitTitle?: string
}

let superSession: Session
let adminC1: Session

beforeAll(async () => {
  superSession = await login(content.server.url, 'super@tiengiang.gov.vn', PASSWORD)
  await content.server.payload.create({
    collection: 'users',
    data: {
      assignments: [{ role: 'unit-admin', unit: content.world.units.C1 as number }],
      email: 'quantri.c1@tiengiang.gov.vn',
      password: PASSWORD,
    },
  })
  adminC1 = await login(content.server.url, 'quantri.c1@tiengiang.gov.vn', PASSWORD)
})

/** The entries about one item, oldest first, as the super-admin reads them. */
const entriesOf = async (collection: string, id: unknown): Promise<Entry[]> => {
  const { body } = await rest(
    content.server,
    'GET',
    `/audit-entries?where[collection][equals]=${collection}&where[documentId][equals]=${id}&sort=sequence&limit=100`,
    { session: superSession },
  )
  return body.docs
}

const lastEntries = async (count: number): Promise<Entry[]> =>
  (await rest(content.server, 'GET', `/audit-entries?sort=-sequence&limit=${count}`, { session: superSession })).body
    .docs

describe('the audit log', () => {
  let id: number | string

  it('records who created, changed, published, unpublished and deleted an item, from where, in which unit', async () => {
    const created = await rest(content.server, 'POST', '/news?draft=true', {
      body: { title: 'Thông báo mất điện', unit: content.world.units.C1 },
      session: content.world.sessions.editorC1,
    })
    id = created.body.doc.id
    await rest(content.server, 'PATCH', `/news/${id}?draft=true`, {
      body: { featured: true, title: 'Thông báo mất điện khu phố 2' },
      session: content.world.sessions.editorC1,
    })
    await rest(content.server, 'PATCH', `/news/${id}`, {
      body: { _status: 'published' },
      session: content.world.sessions.approverC1,
    })
    await rest(content.server, 'PATCH', `/news/${id}`, {
      body: { _status: 'draft' },
      session: content.world.sessions.approverC1,
    })
    expect(
      (await rest(content.server, 'DELETE', `/news/${id}`, { session: content.world.sessions.approverC1 })).status,
    ).toBe(200)

    const entries = await entriesOf('news', id)
    expect(entries.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ['create', 'editorc1@tiengiang.gov.vn'],
      ['update', 'editorc1@tiengiang.gov.vn'],
      ['publish', 'approverc1@tiengiang.gov.vn'],
      ['unpublish', 'approverc1@tiengiang.gov.vn'],
      ['delete', 'approverc1@tiengiang.gov.vn'],
    ])
    expect(entries[0]).toMatchObject({ documentTitle: 'Thông báo mất điện', unitTitle: 'Phường 1 – TP Mỹ Tho (28261)' })
    expect(entries[0]!.address).toMatch(/127\.0\.0\.1$/)
    expect(entries[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'featured', from: false, to: true },
        { field: 'title', from: 'Thông báo mất điện', to: 'Thông báo mất điện khu phố 2' },
      ]),
    )
  })

  it('records a scheduled publication, with the time it is due', async () => {
    const { body } = await rest(content.server, 'POST', '/news?draft=true', {
      body: { title: 'Lịch cắt điện tuần sau', unit: content.world.units.C1 },
      session: content.world.sessions.editorC1,
    })
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const scheduled = await rest(content.server, 'POST', `/news/${body.doc.id}/schedule`, {
      body: { action: 'publish', at },
      session: content.world.sessions.approverC1,
    })
    expect(scheduled.status).toBe(201)
    const entries = await entriesOf('news', body.doc.id)
    expect(entries.at(-1)).toMatchObject({
      action: 'schedule',
      actorEmail: 'approverc1@tiengiang.gov.vn',
      changes: [{ field: 'publish', from: null, to: at }],
      documentTitle: 'Lịch cắt điện tuần sau',
      unitTitle: 'Phường 1 – TP Mỹ Tho (28261)',
    })
  })

  it('records nothing for a refused write', async () => {
    const before = (await lastEntries(1))[0]!.sequence
    const refused = await rest(content.server, 'POST', '/news?draft=true', {
      body: { sourceUrl: 'javascript:alert(1)', title: 'Liên kết xấu', unit: content.world.units.C1 },
      session: content.world.sessions.editorC1,
    })
    expect(fieldErrors(refused.body).map((error) => error.path)).toContain('sourceUrl')
    const forbidden = await rest(content.server, 'POST', '/news?draft=true', {
      body: { title: 'Tin của phường khác', unit: content.world.units.C2 },
      session: content.world.sessions.editorC1,
    })
    expect(forbidden.status).toBe(403)
    expect((await lastEntries(1))[0]!.sequence).toBe(before)
  })

  it('records sign-ins, failed sign-ins, sign-outs, password reset requests and role changes', async () => {
    const failed = await fetch(`${content.server.url}/api/users/login`, {
      body: JSON.stringify({ email: 'editorc1@tiengiang.gov.vn', password: 'sai-mat-khau' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(failed.status).toBe(401)
    const session = await login(content.server.url, 'editorc1@tiengiang.gov.vn', PASSWORD)
    await fetch(`${content.server.url}/api/users/logout`, { headers: session.headers, method: 'POST' })
    const forgot = await fetch(`${content.server.url}/api/users/forgot-password`, {
      body: JSON.stringify({ email: 'editorc1@tiengiang.gov.vn' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(forgot.status).toBe(200)
    const changed = await rest(content.server, 'PATCH', `/users/${content.world.users.editorC1.id}`, {
      body: {
        assignments: [
          { role: 'editor', unit: content.world.units.C1 },
          { role: 'approver', unit: content.world.units.C1 },
        ],
      },
      session: superSession,
    })
    expect(changed.status).toBe(200)
    const recent = (await lastEntries(5)).reverse()
    expect(recent.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ['login-failed', 'editorc1@tiengiang.gov.vn'],
      ['login', 'editorc1@tiengiang.gov.vn'],
      ['logout', 'editorc1@tiengiang.gov.vn'],
      ['password-reset-requested', 'editorc1@tiengiang.gov.vn'],
      ['roles-changed', 'super@tiengiang.gov.vn'],
    ])
    expect(recent[4]!.changes!.map((change) => change.field)).toContain('assignments')
  })

  it('cannot be written, changed or emptied by anyone, super-admins included, over REST or GraphQL', async () => {
    const [entry] = await lastEntries(1)
    const { id: entryId } = (
      await rest(content.server, 'GET', `/audit-entries?where[sequence][equals]=${entry!.sequence}`, {
        session: superSession,
      })
    ).body.docs[0]
    const attempts = [
      await rest(content.server, 'POST', '/audit-entries', {
        body: { action: 'login', at: new Date().toISOString(), sequence: 999_999 },
        session: superSession,
      }),
      await rest(content.server, 'PATCH', `/audit-entries/${entryId}`, {
        body: { actorEmail: 'ai-do@tiengiang.gov.vn' },
        session: superSession,
      }),
      await rest(content.server, 'DELETE', `/audit-entries/${entryId}`, { session: superSession }),
      await rest(content.server, 'DELETE', '/audit-entries?where[sequence][greater_than]=0', { session: superSession }),
    ]
    for (const attempt of attempts) expect(attempt.status).toBe(403)
    const mutation = await gql(
      content.server.url,
      `mutation { deleteAuditEntry(id: ${JSON.stringify(entryId)}) { id } }`,
      {},
      superSession.headers,
    )
    expect(mutation.body.errors?.[0]?.message ?? '').not.toBe('')
    expect((await lastEntries(1))[0]).toEqual(entry)
    expect((await verifyAuditLog(content.server.payload)).problem).toBeUndefined()
  })

  it('shows unit admins their units’ entries only, and editors none', async () => {
    const { body } = await rest(content.server, 'GET', '/audit-entries?limit=200', { session: adminC1 })
    expect(body.docs.length).toBeGreaterThan(0)
    for (const entry of body.docs as Entry[]) expect(entry.unitTitle).toBe('Phường 1 – TP Mỹ Tho (28261)')
    const editor = await rest(content.server, 'GET', '/audit-entries', { session: content.world.sessions.approverC2 })
    expect(editor.status).toBe(403)
  })

  it('exports what a person may read as CSV, filtered, in Vietnamese', async () => {
    const response = await fetch(
      `${content.server.url}/api/audit-log.csv?where[collection][equals]=news&where[action][equals]=publish`,
      { headers: adminC1.headers },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    const bytes = Buffer.from(await response.arrayBuffer())
    // A byte-order mark first, so spreadsheet programs read the Vietnamese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').trim().split('\n')
    expect(lines[0]).toMatch(/^Số thứ tự,Thời điểm \(giờ Việt Nam\)/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('Xuất bản')
    expect(lines[1]).toContain('approverc1@tiengiang.gov.vn')
    const bad = await fetch(`${content.server.url}/api/audit-log.csv?where[nonsense][equals]=1`, {
      headers: { ...superSession.headers, 'accept-language': 'en' },
    })
    expect(bad.status).toBe(400)
    expect((await fetch(`${content.server.url}/api/audit-log.csv`)).status).toBe(401)
  })

  it('finds an entry edited in the database, from the command line too', async () => {
    const cli = () =>
      runCli('audit', ['verify'], {
        DATABASE_URI: content.server.database.uri,
        PAYLOAD_SECRET: 'audit-cli-secret-0123456789abcdef',
      })
    const intact = await cli()
    expect(intact).toEqual({ code: 0, output: expect.stringMatching(/^Audit log intact: \d+ entries, 1 to \d+\.\n$/) })

    const { docs } = await content.server.payload.find({
      collection: 'audit-entries',
      sort: 'sequence',
      where: { action: { equals: 'publish' } },
    })
    const target = docs[0]!
    await content.server.payload.db.updateOne({
      collection: 'audit-entries',
      data: { actorEmail: 'nguoi-khac@tiengiang.gov.vn' },
      id: target.id,
    })
    const tampered = await cli()
    expect(tampered.code).toBe(1)
    expect(tampered.output).toContain(`entry ${target.sequence} its content was changed after it was written`)
    await content.server.payload.db.updateOne({
      collection: 'audit-entries',
      data: { actorEmail: target.actorEmail },
      id: target.id,
    })
    expect((await verifyAuditLog(content.server.payload)).problem).toBeUndefined()
  })

  it('forgets entries past the retention period from the oldest end, and the rest still verifies', async () => {
    const before = await verifyAuditLog(content.server.payload)
    const inAWeek = new Date(Date.now() + 7 * 86_400_000)
    // Everything is older than a day a week from now; the newest entry is kept so the chain goes on.
    const removed = await applyAuditRetention(content.server.payload, 1, inAWeek)
    expect(removed).toBe(before.checked - 1)
    const after = await verifyAuditLog(content.server.payload)
    expect(after).toMatchObject({ checked: 1, first: before.last, last: before.last })
    await rest(content.server, 'PATCH', `/users/${content.world.users.editorC1.id}`, {
      body: { name: 'Biên tập viên C1' },
      session: superSession,
    })
    const continued = await verifyAuditLog(content.server.payload)
    expect(continued.problem).toBeUndefined()
    expect(continued.checked).toBe(2)
  })
})
