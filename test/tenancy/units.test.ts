import { seedUnits } from '../../tenants/seed/seedUnits'
import { json, login } from '../helpers/http'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let auth: Record<string, string>

beforeAll(async () => {
  server = await startTestServer()
  await server.payload.create({
    collection: 'users',
    data: { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-quan-tri-1' },
  })
  auth = (await login(server.url, 'tinh@tiengiang.gov.vn', 'mat-khau-quan-tri-1')).headers
})
afterAll(async () => {
  await server?.stop()
})

const unitByCode = async (code: string, locale: 'en' | 'vi' = 'vi') =>
  (await server.payload.find({ collection: 'units', depth: 0, locale, where: { code: { equals: code } } })).docs[0]!

const createUnit = (data: Record<string, unknown>) =>
  fetch(`${server.url}/api/units`, {
    body: JSON.stringify(data),
    headers: { ...auth, 'accept-language': 'en', 'content-type': 'application/json' },
    method: 'POST',
  }).then(json)

const updateUnit = (id: unknown, data: Record<string, unknown>) =>
  fetch(`${server.url}/api/units/${id}`, {
    body: JSON.stringify(data),
    headers: { ...auth, 'accept-language': 'en', 'content-type': 'application/json' },
    method: 'PATCH',
  }).then(json)

const firstError = (body: any) => body.errors[0].data.errors[0] as { message: string; path: string }

describe('the 202 units, seeded on a fresh database', () => {
  it('holds 1 province, 18 departments, 11 districts and 172 communes', async () => {
    const count = async (level: string) =>
      (await server.payload.count({ collection: 'units', where: { level: { equals: level } } })).totalDocs
    expect({
      commune: await count('commune'),
      department: await count('department'),
      district: await count('district'),
      province: await count('province'),
    }).toEqual({ commune: 172, department: 18, district: 11, province: 1 })
  })

  it('gives every unit its (empty, draft) profile', async () => {
    expect(await server.payload.count({ collection: 'unit-profiles' })).toEqual({ totalDocs: 202 })
  })

  it('seeds idempotently: a second run creates and changes nothing', async () => {
    const before = await server.payload.find({ collection: 'units', limit: 0, sort: 'code' })
    expect(await seedUnits(server.payload)).toEqual({ created: 0, unchanged: 202 })
    const after = await server.payload.find({ collection: 'units', limit: 0, sort: 'code' })
    expect(after.docs.map((u) => [u.code, u.updatedAt])).toEqual(before.docs.map((u) => [u.code, u.updatedAt]))
  })

  it('gives every unit a unique, unaccented slug, even the three "Phường 1"', async () => {
    const { docs } = await server.payload.find({ collection: 'units', limit: 0 })
    const slugs = docs.map((unit) => unit.slug)
    expect(new Set(slugs).size).toBe(202)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const wards1 = docs
      .filter((unit) => unit.name === 'Phường 1')
      .map((unit) => unit.slug)
      .sort()
    expect(wards1).toEqual(['phuong-1-cai-lay', 'phuong-1-go-cong', 'phuong-1-my-tho'])
  })

  it('titles every unit for pickers: name, district for a commune, code', async () => {
    const { docs } = await server.payload.find({
      collection: 'units',
      limit: 0,
      where: { name: { equals: 'Phường 1' } },
    })
    expect(docs.map((unit) => unit.title).sort()).toEqual([
      'Phường 1 – TP Mỹ Tho (28261)',
      'Phường 1 – TX Cai Lậy (28435)',
      'Phường 1 – TX Gò Công (28303)',
    ])
    expect((await unitByCode('82')).title).toBe('Tỉnh Tiền Giang (82)')
  })

  it('lets a picker find a unit by title, code, slug or unaccented name', async () => {
    const search = async (text: string) => {
      const { body } = await json(
        await fetch(`${server.url}/api/units?where[title][like]=${encodeURIComponent(text)}&depth=0&limit=50`, {
          headers: auth,
        }),
      )
      return body.docs.map((unit: { code: string }) => unit.code)
    }
    expect(await search('28261')).toEqual(['28261'])
    expect(await search('phuong-1-my-tho')).toEqual(['28261'])
    expect(await search('phuong 1 cai lay')).toEqual(['28435'])
    // Payload's `like` wants every word somewhere in the title: Phường 10 and codes with a 1 match too.
    expect(await search('Phường 1 Mỹ Tho')).toContain('28261')
    expect(await search('Phường 1')).toEqual(expect.arrayContaining(['28261', '28303', '28435']))
  })

  it('keeps titles in step when a district is renamed, and fills titles missing from older databases', async () => {
    const district = await unitByCode('815')
    const commune = await unitByCode('28261')
    const renamed = await updateUnit(district.id, { name: 'Thành phố Mỹ Tho mới' })
    expect(renamed.status).toBe(200)
    expect((await unitByCode('28261')).title).toBe('Phường 1 – TP Mỹ Tho mới (28261)')
    await updateUnit(district.id, { name: district.name })
    expect((await unitByCode('28261')).title).toBe('Phường 1 – TP Mỹ Tho (28261)')

    await server.payload.db.updateOne({ collection: 'units', data: { title: null, treeKey: null }, id: commune.id })
    const { fillDerivedUnitFields } = await import('../../tenants/seed/fillDerivedUnitFields')
    expect(await fillDerivedUnitFields(server.payload)).toBe(1)
    expect(await unitByCode('28261')).toMatchObject({
      title: 'Phường 1 – TP Mỹ Tho (28261)',
      treeKey: '82/2815/328261',
    })
    expect(await fillDerivedUnitFields(server.payload)).toBe(0)
  })

  it('lists units in tree order, so pickers show each district followed by its communes', async () => {
    const { body } = await json(await fetch(`${server.url}/api/units?depth=0&limit=30`, { headers: auth }))
    const codes: string[] = body.docs.map((unit: { code: string }) => unit.code)
    const departments = codes.filter((code) => !/^\d+$/.test(code))
    expect(codes[0]).toBe('82')
    expect(codes.slice(1, 1 + departments.length)).toEqual(departments)
    expect(departments).toHaveLength(18)
    const myTho = codes.indexOf('815')
    expect(codes.slice(myTho, myTho + 3)).toEqual(['815', '28249', '28252'])
    expect(codes).toContain('28261')
  })

  it('names portal domains as Decree 224/2026 Art. 11 prescribes, with English names beside the Vietnamese', async () => {
    const province = await unitByCode('82')
    expect(province.domains).toEqual([expect.objectContaining({ domain: 'tiengiang.gov.vn' })])
    expect((await unitByCode('so-tu-phap')).domains![0]!.domain).toBe('sotuphap.tiengiang.gov.vn')
    expect((await unitByCode('28261')).domains![0]!.domain).toBe('phuong1mytho.tiengiang.gov.vn')
    const domains = (await server.payload.find({ collection: 'units', limit: 0 })).docs.flatMap((u) =>
      u.domains!.map((d) => d.domain),
    )
    expect(new Set(domains).size).toBe(202)
    expect((await unitByCode('so-tu-phap', 'en')).name).toBe('Department of Justice')
    expect((await unitByCode('819', 'en')).name).toBe('Cai Be District')
    expect((await unitByCode('28261', 'en')).name).toBe('Ward 1')
    expect((await unitByCode('28261')).ancestors).toEqual([province.id, (await unitByCode('815')).id])
  })
})

describe('unit rules', () => {
  it('provisions a new commune under a district with a unique slug and the default domain', async () => {
    const district = await unitByCode('815')
    const { body, status } = await createUnit({
      code: '28999',
      level: 'commune',
      name: 'Phường Đạo Thạnh',
      parent: district.id,
    })
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({
      domains: [expect.objectContaining({ domain: 'phuongdaothanh.tiengiang.gov.vn' })],
      slug: 'phuong-dao-thanh',
      status: 'active',
    })
    const profiles = await server.payload.find({
      collection: 'unit-profiles',
      draft: true,
      where: { unit: { equals: body.doc.id } },
    })
    expect(profiles.docs.map((p) => p._status)).toEqual(['draft'])
  })

  it.each([
    [
      'a commune under a department',
      { code: '28998', level: 'commune', parentCode: 'so-tu-phap' },
      'parent',
      /cannot sit under a department/,
    ],
    ['a department without a parent', { code: 'so-moi', level: 'department' }, 'parent', /needs a parent unit/],
    [
      'a second province under the province',
      { code: '83', level: 'province', parentCode: '82' },
      'parent',
      /province has no parent/,
    ],
    [
      'a commune code of the wrong shape',
      { code: '2899', level: 'commune', parentCode: '815' },
      'code',
      /not a commune code/,
    ],
    ['a code already in use', { code: '28261', level: 'commune', parentCode: '815' }, 'code', /unique/i],
  ] as Array<[string, { code: string; level: string; parentCode?: string }, string, RegExp]>)(
    'refuses %s, naming the field',
    async (_case, unit, path, message) => {
      const parent = unit.parentCode ? (await unitByCode(unit.parentCode)).id : undefined
      const before = await server.payload.count({ collection: 'units' })
      const { body, status } = await createUnit({ code: unit.code, level: unit.level, name: 'Đơn vị thử', parent })
      expect(status).toBe(400)
      expect(firstError(body)).toMatchObject({ message: expect.stringMatching(message), path })
      expect(await server.payload.count({ collection: 'units' })).toEqual(before)
    },
  )

  it('answers an empty unit form with the missing fields (400), not a server error', async () => {
    const { body, status } = await createUnit({})
    expect(status).toBe(400)
    const paths = body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toEqual(expect.arrayContaining(['name', 'code', 'level']))
    const partial = await createUnit({ level: 'commune', name: 'Xã chưa có mã' })
    expect(partial.status).toBe(400)
  })

  it('refuses a cycle: a district cannot move under one of its own communes', async () => {
    const district = await unitByCode('816')
    const commune = (await server.payload.find({ collection: 'units', where: { parent: { equals: district.id } } }))
      .docs[0]!
    const { body, status } = await updateUnit(district.id, { parent: commune.id })
    expect(status).toBe(400)
    expect(firstError(body).path).toBe('parent')
    expect((await unitByCode('816')).parent).toBe((await unitByCode('82')).id)
  })

  it('refuses a unit as its own parent', async () => {
    const district = await unitByCode('817')
    const { body, status } = await updateUnit(district.id, { parent: district.id })
    expect(status).toBe(400)
    expect(firstError(body)).toEqual({ message: expect.stringMatching(/own parent|cannot sit under/), path: 'parent' })
  })

  it('refuses a domain another unit already has, and a merged status without a successor', async () => {
    const unit = await unitByCode('so-y-te')
    const taken = await updateUnit(unit.id, { domains: [{ domain: 'SoTuPhap.TienGiang.gov.vn' }] })
    expect(taken.status).toBe(400)
    expect(firstError(taken.body)).toEqual({
      message: expect.stringMatching(/already the portal domain/),
      path: 'domains.0.domain',
    })
    const merged = await updateUnit(unit.id, { status: 'merged' })
    expect(merged.status).toBe(400)
    expect(firstError(merged.body).path).toBe('successor')
    expect((await unitByCode('so-y-te')).status).toBe('active')
  })

  it('carries a move down the tree: communes of a district re-parented to the province keep correct ancestry', async () => {
    const province = await unitByCode('82')
    const district = await unitByCode('818')
    const communes = (
      await server.payload.find({ collection: 'units', limit: 0, where: { parent: { equals: district.id } } })
    ).docs
    const moved = await updateUnit(communes[0]!.id, { parent: province.id })
    expect(moved.status).toBe(200)
    expect((await server.payload.findByID({ collection: 'units', depth: 0, id: communes[0]!.id })).ancestors).toEqual([
      province.id,
    ])
  })

  it('deletes a unit with its invitations once its people are gone', async () => {
    const province = await unitByCode('82')
    const created = await createUnit({
      code: 'so-tam-thoi',
      inviteAdminEmail: 'qt@sotamthoi.gov.vn',
      level: 'department',
      name: 'Sở tạm thời',
      parent: province.id,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await server.payload.count({ collection: 'invitations', where: { unit: { equals: id } } })).totalDocs).toBe(
      1,
    )
    await server.payload.delete({ collection: 'users', where: { email: { equals: 'qt@sotamthoi.gov.vn' } } })
    const response = await fetch(`${server.url}/api/units/${id}`, { headers: auth, method: 'DELETE' })
    expect(response.status).toBe(200)
    expect((await server.payload.count({ collection: 'invitations', where: { unit: { equals: id } } })).totalDocs).toBe(
      0,
    )
  })

  it('will not delete a unit that still has sub-units', async () => {
    const district = await unitByCode('819')
    const response = await fetch(`${server.url}/api/units/${district.id}`, { headers: auth, method: 'DELETE' })
    expect(response.status).toBe(400)
    expect(await server.payload.count({ collection: 'units', where: { id: { equals: district.id } } })).toEqual({
      totalDocs: 1,
    })
  })
})
