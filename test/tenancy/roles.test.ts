import type { Id } from '../../src/base/ids'
import { json, login } from '../helpers/http'
import { createActors, emailOf, PASSWORD, unitIds, type UnitKey } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let units: Record<UnitKey, Id>
let people: Record<string, Id>

beforeAll(async () => {
  server = await startTestServer()
  units = await unitIds(server.payload)
  people = await createActors(server.payload, units)
})
afterAll(async () => {
  await server?.stop()
})

const as = async (actor: string) => (await login(server.url, emailOf(actor), PASSWORD)).headers

const patchUser = async (actor: string, id: Id, data: Record<string, unknown>) =>
  json(
    await fetch(`${server.url}/api/users/${id}`, {
      body: JSON.stringify(data),
      headers: { ...(await as(actor)), 'accept-language': 'en', 'content-type': 'application/json' },
      method: 'PATCH',
    }),
  )

const createUser = async (actor: string, data: Record<string, unknown>) =>
  json(
    await fetch(`${server.url}/api/users`, {
      body: JSON.stringify({ password: PASSWORD, ...data }),
      headers: { ...(await as(actor)), 'accept-language': 'en', 'content-type': 'application/json' },
      method: 'POST',
    }),
  )

const assignmentsOf = async (id: Id) =>
  ((await server.payload.findByID({ collection: 'users', depth: 0, id })).assignments ?? []).map((a) => [
    a.unit,
    a.role,
  ])

describe('who may hand out roles', () => {
  it('makes the first user of a fresh instance a super-admin', async () => {
    const first = await server.payload.findByID({ collection: 'users', id: people.super! })
    expect(first.isSuperAdmin).toBe(true)
  })

  it('lets nobody change their own roles, not even a unit admin in their own unit', async () => {
    const before = await assignmentsOf(people.editorC1!)
    const raise = await patchUser('editorC1', people.editorC1!, {
      assignments: [{ role: 'unit-admin', unit: units.C1 }],
    })
    expect(raise.status).toBe(400)
    expect(raise.body.errors[0].data.errors[0]).toEqual({
      message: expect.stringMatching(/your own roles/),
      path: 'assignments',
    })
    expect(await assignmentsOf(people.editorC1!)).toEqual(before)

    const addUnit = await patchUser('adminC1', people.adminC1!, {
      assignments: [
        { role: 'unit-admin', unit: units.C1 },
        { role: 'unit-admin', unit: units.C2 },
      ],
    })
    expect(addUnit.status).toBe(400)
  })

  it('lets a person change their own name', async () => {
    const renamed = await patchUser('editorC1', people.editorC1!, { name: 'Nguyễn Văn Biên Tập' })
    expect(renamed.status).toBe(200)
  })

  it('lets a unit admin add an editor in their unit, but not a super-admin or a role elsewhere', async () => {
    const editor = await createUser('adminC1', {
      assignments: [{ role: 'editor', unit: units.C1 }],
      email: 'bt-moi@tiengiang.gov.vn',
    })
    expect(editor.status).toBe(201)

    const superAdmin = await createUser('adminC1', { email: 'sieu@tiengiang.gov.vn', isSuperAdmin: true })
    expect(superAdmin.status).toBe(400)
    expect(superAdmin.body.errors[0].data.errors[0]).toMatchObject({ path: 'isSuperAdmin' })
    expect(
      await server.payload.count({ collection: 'users', where: { email: { equals: 'sieu@tiengiang.gov.vn' } } }),
    ).toEqual({ totalDocs: 0 })

    const elsewhere = await createUser('adminC1', {
      assignments: [{ role: 'editor', unit: units.C2 }],
      email: 'khac@tiengiang.gov.vn',
    })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.errors[0].data.errors[0].path).toBe('assignments')

    const grantElsewhere = await patchUser('adminC1', editor.body.doc.id, {
      assignments: [
        { role: 'editor', unit: units.C1 },
        { role: 'approver', unit: units.S },
      ],
    })
    expect(grantElsewhere.status).toBe(400)
    expect(await assignmentsOf(editor.body.doc.id)).toEqual([[units.C1, 'editor']])
  })

  it('lets a district admin with sub-units grant roles in its communes, but not reach above', async () => {
    const inCommune = await patchUser('adminD', people.editorC1!, {
      assignments: [
        { role: 'editor', unit: units.C1 },
        { role: 'approver', unit: units.C2 },
      ],
    })
    expect(inCommune.status).toBe(200)
    const above = await createUser('adminD', {
      assignments: [{ includeSubunits: true, role: 'editor', unit: units.P }],
      email: 'len-tinh@tiengiang.gov.vn',
    })
    expect(above.status).toBe(400)
  })

  it('lets people see their colleagues (who holds a lock, who wrote a version), never change them', async () => {
    const list = await json(await fetch(`${server.url}/api/users?limit=100`, { headers: await as('editorC1') }))
    const emails = list.body.docs.map((u: { email: string }) => u.email).sort()
    expect(emails).toEqual(expect.arrayContaining([emailOf('editorC1'), emailOf('adminC1'), emailOf('approverC1')]))
    expect(emails).not.toContain(emailOf('editorS'))
    expect(emails).not.toContain(emailOf('super'))
    const changed = await patchUser('editorC1', people.approverC1!, { name: 'đổi tên' })
    expect(changed.status).toBe(403)
  })

  it('keeps unit admins away from people of other units and from super-admins', async () => {
    const other = await patchUser('adminC1', people.editorS!, { name: 'đổi tên' })
    expect(other.status).toBe(403)
    const superAdmin = await patchUser('adminD', people.super!, { name: 'đổi tên' })
    expect(superAdmin.status).toBe(403)
    expect((await server.payload.findByID({ collection: 'users', id: people.super! })).name).toBe('super')
    const list = await json(await fetch(`${server.url}/api/users?limit=100`, { headers: await as('adminC1') }))
    const emails = list.body.docs.map((u: { email: string }) => u.email).sort()
    expect(emails).toContain(emailOf('editorC1'))
    expect(emails).not.toContain(emailOf('editorS'))
    expect(emails).not.toContain(emailOf('super'))
  })

  it('works out the units a person works in, sub-units included', async () => {
    const adminD = await server.payload.findByID({ collection: 'users', depth: 0, id: people.adminD! })
    const memberOf = (adminD.memberOf ?? []).map((row) => String(row.unit)).sort()
    expect(memberOf).toContain(String(units.D))
    expect(memberOf).toContain(String(units.C1))
    expect(memberOf).toContain(String(units.C2))
    expect(memberOf).not.toContain(String(units.P))
    const { totalDocs } = await server.payload.count({ collection: 'units', where: { parent: { equals: units.D } } })
    expect(memberOf).toHaveLength(totalDocs + 1)
  })
})

describe('invitations', () => {
  it('invites by a link that sets a password once and cannot be used again', async () => {
    const { inviteUser } = await import('../../tenants/provisioning/inviteUser')
    const invitation = await inviteUser(server.payload, {
      assignments: [{ role: 'unit-admin', unit: units.C2 }],
      email: 'moi@tiengiang.gov.vn',
    })
    const token = invitation.link.split('/admin/welcome/')[1]!
    const reset = (password: string) =>
      fetch(`${server.url}/api/users/reset-password`, {
        body: JSON.stringify({ password, token }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    expect((await reset('mat-khau-tu-chon-1')).status).toBe(200)
    await expect(login(server.url, 'moi@tiengiang.gov.vn', 'mat-khau-tu-chon-1')).resolves.toMatchObject({
      token: expect.any(String),
    })
    expect((await reset('mat-khau-khac-2')).status).toBeGreaterThanOrEqual(400)
    await expect(login(server.url, 'moi@tiengiang.gov.vn', 'mat-khau-khac-2')).rejects.toThrow()
  })
})
