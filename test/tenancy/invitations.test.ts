import { idOf } from '../../src/base/ids'
import { json, login, type Session } from '../helpers/http'
import { createActors, emailOf, PASSWORD, unitIds, type UnitKey } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'
import type { Id } from '../../src/base/ids'

let server: TestServer
let units: Record<UnitKey, Id>
let adminC1: Session
let editorC1: Session

beforeAll(async () => {
  server = await startTestServer({ admin: true })
  units = await unitIds(server.payload)
  await createActors(server.payload, units)
  adminC1 = await login(server.url, emailOf('adminC1'), PASSWORD)
  editorC1 = await login(server.url, emailOf('editorC1'), PASSWORD)
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

const call = async (method: string, path: string, session?: Session, body?: unknown) =>
  json(
    await fetch(`${server.url}/api${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...session?.headers },
      method,
    }),
  )

/** The one-time token the invitation email carries (read from the database, as the test has no mailbox here). */
const tokenOf = async (email: string) => {
  const user = await server.payload.db.findOne<{ id: Id; resetPasswordToken?: string }>({
    collection: 'users',
    where: { email: { equals: email } },
  })
  return user?.resetPasswordToken
}

const invite = (email: string, unit: UnitKey = 'C1', role = 'editor', session = adminC1) =>
  call('POST', '/invitations', session, { email, name: 'Nguyễn Thị Mới', role, unit: units[unit] })

describe('invitations from the admin panel', () => {
  it('a unit admin invites a person to their unit with a role: no password typed, a pending invitation', async () => {
    const { body, status } = await invite('moi@phuong1.gov.vn')
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ email: 'moi@phuong1.gov.vn', role: 'editor', status: 'pending' })
    const validFor = new Date(body.doc.expiresAt).getTime() - Date.now()
    expect(validFor).toBeGreaterThan(71 * 3600_000)
    expect(validFor).toBeLessThanOrEqual(72 * 3600_000)
    const account = await server.payload.findByID({ collection: 'users', id: idOf(body.doc.user)!, depth: 0 })
    expect(account.assignments).toEqual([expect.objectContaining({ role: 'editor', unit: units.C1 })])
    // What the users list shows in its "roles and units" column.
    expect(account.rolesSummary).toBe('Biên tập viên – Phường 1 – TP Mỹ Tho (28261)')
    expect(await tokenOf('moi@phuong1.gov.vn')).toMatch(/^[0-9a-f]{20,}$/)
  })

  it('opens a welcome page at the link, where the person chooses a password and the invitation is accepted', async () => {
    const token = (await tokenOf('moi@phuong1.gov.vn'))!
    const page = await fetch(`${server.url}/admin/welcome/${token}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Chào mừng')
    expect(html).not.toContain('Tạo lại mật khẩu')

    const chosen = await call('POST', '/users/reset-password', undefined, { password: 'mat-khau-cua-toi-1', token })
    expect(chosen.status).toBe(200)
    await login(server.url, 'moi@phuong1.gov.vn', 'mat-khau-cua-toi-1')
    const listed = await call('GET', '/invitations?where[email][equals]=moi@phuong1.gov.vn', adminC1)
    expect(listed.body.docs[0].status).toBe('accepted')
  })

  it('refuses an invitation to a unit the inviter does not manage, by an editor, or for an existing account', async () => {
    expect((await invite('khac@phuong2.gov.vn', 'C2')).status).toBe(403)
    expect((await invite('khac@phuong1.gov.vn', 'C1', 'editor', editorC1)).status).toBe(403)
    const existing = await invite(emailOf('editorC1'))
    expect(existing.status).toBe(400)
    expect(existing.body.errors[0].data.errors[0].path).toBe('email')
    const stored = await server.payload.count({
      collection: 'users',
      where: { email: { equals: 'khac@phuong2.gov.vn' } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('lists pending invitations to the unit admin only, and revokes one: its unused account and link are gone', async () => {
    const created = await invite('thuhoi@phuong1.gov.vn')
    const token = (await tokenOf('thuhoi@phuong1.gov.vn'))!
    expect((await call('GET', '/invitations', editorC1)).status).toBe(403)
    const pending = await call('GET', '/invitations?where[status][equals]=pending', adminC1)
    expect(pending.body.docs.map((doc: { email: string }) => doc.email)).toContain('thuhoi@phuong1.gov.vn')

    const revoked = await call('PATCH', `/invitations/${created.body.doc.id}`, adminC1, { status: 'revoked' })
    expect(revoked.status).toBe(200)
    expect(revoked.body.doc.status).toBe('revoked')
    const account = await server.payload.count({
      collection: 'users',
      where: { email: { equals: 'thuhoi@phuong1.gov.vn' } },
    })
    expect(account.totalDocs).toBe(0)
    const late = await call('POST', '/users/reset-password', undefined, { password: 'mat-khau-tre-han-1', token })
    expect(late.status).not.toBe(200)
    const reopened = await call('PATCH', `/invitations/${created.body.doc.id}`, adminC1, { status: 'pending' })
    expect(reopened.status).toBe(400)
  })

  it('shows an invitation whose link has run out as expired', async () => {
    const created = await invite('hethan@phuong1.gov.vn')
    await server.payload.db.updateOne({
      collection: 'invitations',
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      id: created.body.doc.id,
    })
    expect((await call('GET', `/invitations/${created.body.doc.id}`, adminC1)).body.status).toBe('expired')
  })
})
