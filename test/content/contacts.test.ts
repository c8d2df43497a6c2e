import { gql } from '../helpers/http'
import { fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

beforeAll(async () => {
  const create = (data: Record<string, unknown>) =>
    rest(content.server, 'POST', '/contacts', {
      body: { _status: 'published', unit: content.world.units.C1, ...data },
      session: content.world.sessions.approverC1,
    })
  await create({
    address: 'Ấp 1, xã Tân Mỹ Chánh',
    email: 'ubnd.tanmychanh@tiengiang.gov.vn',
    kind: 'office',
    name: 'Văn phòng Ủy ban nhân dân xã',
    order: 0,
    phones: [{ kind: 'hotline', number: '0273 3 850 123' }],
  })
  const person = await create({
    department: 'Văn phòng – Thống kê',
    email: 'chutich@tiengiang.gov.vn',
    name: 'Trần Thị B',
    office: 'Phòng 101',
    order: 1,
    phones: [{ kind: 'mobile', number: '+84 912 345 678' }],
    position: 'Chủ tịch',
    publicFields: ['office'],
  })
  const english = await rest(content.server, 'PATCH', `/contacts/${person.body.doc.id}?locale=en`, {
    body: { position: 'Chairwoman' },
    session: content.world.sessions.approverC1,
  })
  if (english.status !== 200) throw new Error(JSON.stringify(english.body))
})

describe('contacts', () => {
  it('shows anonymous visitors only the details marked public', async () => {
    const { body } = await gql(
      content.server.url,
      '{ Contacts(sort: "order") { docs { name kind position email office address phones { kind number } } } }',
      undefined,
      { 'x-portal-unit': UNIT_CODES.C1 },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Contacts.docs).toEqual([
      {
        address: 'Ấp 1, xã Tân Mỹ Chánh',
        email: 'ubnd.tanmychanh@tiengiang.gov.vn',
        kind: 'office',
        name: 'Văn phòng Ủy ban nhân dân xã',
        office: null,
        phones: [{ kind: 'hotline', number: '0273 3 850 123' }],
        position: null,
      },
      {
        address: null,
        email: null,
        kind: 'person',
        name: 'Trần Thị B',
        office: 'Phòng 101',
        phones: [],
        position: 'Chủ tịch',
      },
    ])
  })

  it('shows the same public details when the query selects only the fields it asks for (the home page query)', async () => {
    const fields = 'name email phones { kind number }'
    const ask = (args: string) =>
      gql(content.server.url, `{ Contacts(sort: "order"${args}) { docs { ${fields} } } }`, undefined, {
        'x-portal-unit': UNIT_CODES.C1,
      })
    const plain = await ask('')
    const selected = await ask(', limit: 20, pagination: false, select: true')
    expect(selected.body.errors).toBeUndefined()
    expect(selected.body.data.Contacts.docs[0]).toEqual({
      email: 'ubnd.tanmychanh@tiengiang.gov.vn',
      name: 'Văn phòng Ủy ban nhân dân xã',
      phones: [{ kind: 'hotline', number: '0273 3 850 123' }],
    })
    expect(selected.body.data.Contacts.docs).toEqual(plain.body.data.Contacts.docs)
  })

  it('shows every detail to the unit’s own people', async () => {
    const { body } = await rest(content.server, 'GET', '/contacts?sort=order&where[name][equals]=Trần Thị B', {
      session: content.world.sessions.editorC1,
    })
    expect(body.docs[0]).toMatchObject({
      email: 'chutich@tiengiang.gov.vn',
      phones: [expect.objectContaining({ number: '+84 912 345 678' })],
    })
  })

  it('has English positions, falling back to Vietnamese', async () => {
    const { body } = await rest(content.server, 'GET', '/contacts?sort=order&locale=en', {
      headers: { 'x-portal-unit': UNIT_CODES.C1 },
    })
    expect(body.errors).toBeUndefined()
    expect(body.docs.map((doc: { position?: string }) => doc.position ?? null)).toEqual([null, 'Chairwoman'])
  })

  it('goes through approval: an editor’s new contact is a draft the public sees once an approver publishes it', async () => {
    const drafted = await rest(content.server, 'POST', '/contacts?draft=true', {
      body: { kind: 'person', name: 'Lê Văn Mới', position: 'Phó Chủ tịch', unit: content.world.units.C1 },
      session: content.world.sessions.editorC1,
    })
    expect(drafted.status).toBe(201)
    const publicNames = async () =>
      (
        await rest(content.server, 'GET', '/contacts?limit=50', { headers: { 'x-portal-unit': UNIT_CODES.C1 } })
      ).body.docs.map((doc: { name: string }) => doc.name)
    expect(await publicNames()).not.toContain('Lê Văn Mới')
    const byEditor = await rest(content.server, 'PATCH', `/contacts/${drafted.body.doc.id}`, {
      body: { _status: 'published' },
      session: content.world.sessions.editorC1,
    })
    expect(byEditor.status).toBe(403)
    const byApprover = await rest(content.server, 'PATCH', `/contacts/${drafted.body.doc.id}`, {
      body: { _status: 'published' },
      session: content.world.sessions.approverC1,
    })
    expect(byApprover.status).toBe(200)
    expect(await publicNames()).toContain('Lê Văn Mới')
  })

  it('refuses a malformed phone number or email, naming the field', async () => {
    const { body, status } = await rest(content.server, 'POST', '/contacts', {
      body: {
        email: 'khong-phai-email',
        name: 'X',
        phones: [{ kind: 'office', number: 'gọi tôi' }],
        unit: content.world.units.C1,
      },
      session: content.world.sessions.editorC1,
    })
    expect(status).toBe(400)
    expect(
      fieldErrors(body)
        .map((error) => error.path)
        .sort(),
    ).toEqual(['email', 'phones.0.number'])
  })
})
