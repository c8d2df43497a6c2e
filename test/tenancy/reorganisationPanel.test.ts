import type { Id } from '../../src/base/ids'
import { json, login, type Session } from '../helpers/http'
import { SAMPLES } from '../helpers/samples'
import { PASSWORD } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** The admin panel's way to reorganise: `POST /api/reorganisation` with a plan file, then following the run. */

let server: TestServer
let superAdmin: Session
let unitAdmin: Session
const ids: Record<string, Id> = {}

beforeAll(async () => {
  server = await startTestServer()
  const { docs } = await server.payload.find({
    collection: 'units',
    limit: 0,
    where: { code: { in: ['28261', '28264', '815'] } },
  })
  for (const unit of docs) ids[unit.code] = unit.id
  for (const code of ['28261', '28264']) {
    await server.payload.create({
      collection: 'news',
      data: {
        ...(SAMPLES.news!.data({ n: 1, payload: server.payload, unit: ids[code]! }) as object),
        unit: ids[code],
      } as never,
      draft: true,
    })
  }
  await server.payload.create({
    collection: 'users',
    data: { email: 'super@tiengiang.gov.vn', isSuperAdmin: true, name: 'super', password: PASSWORD },
  })
  await server.payload.create({
    collection: 'users',
    data: {
      assignments: [{ includeSubunits: true, role: 'unit-admin', unit: ids['815'] as number }],
      email: 'admin.mytho@tiengiang.gov.vn',
      name: 'admin',
      password: PASSWORD,
    },
  })
  superAdmin = await login(server.url, 'super@tiengiang.gov.vn', PASSWORD)
  unitAdmin = await login(server.url, 'admin.mytho@tiengiang.gov.vn', PASSWORD)
}, 120_000)
afterAll(() => server?.stop())

const post = (file: string, name: string, session?: Session, { apply = false, language = 'vi' } = {}) => {
  const body = new FormData()
  body.set('file', new Blob([file], { type: 'text/csv' }), name)
  body.set('_payload', JSON.stringify({ apply }))
  return fetch(`${server.url}/api/reorganisation`, {
    body,
    headers: { 'accept-language': language, ...session?.headers },
    method: 'POST',
  }).then(json)
}

const MERGE = 'action,code,into\nmerge,28264,28261\n'

describe('reorganising from the admin panel', () => {
  it('is for province administrators only', async () => {
    expect((await post(MERGE, 'plan.csv')).status).toBe(401)
    const refused = await post(MERGE, 'plan.csv', unitAdmin)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe('Chỉ quản trị hệ thống mới được sắp xếp đơn vị.')
  })

  it('names what is wrong with the file, in the request language', async () => {
    const noFile = await post(MERGE, 'plan.txt', superAdmin, { language: 'en' })
    expect(noFile).toMatchObject({
      body: { errors: [{ field: 'file', message: 'Attach a .csv or .json file.' }] },
      status: 400,
    })
    const broken = await post('{"not": ', 'plan.json', superAdmin)
    expect(broken).toMatchObject({ body: { errors: [{ field: 'file' }] }, status: 400 })
    const refusals = await post('action,code,into\nmerge,28264,99999\n', 'plan.csv', superAdmin, { language: 'en' })
    expect(refusals.status).toBe(200)
    expect(refusals.body.refusals).toEqual([
      { code: '28264', line: 2, reason: 'Unit 99999 does not exist and this plan does not create it.' },
    ])
    // Asked to apply a plan with refusals, nothing starts.
    const applied = await post('action,code,into\nmerge,28264,99999\n', 'plan.csv', superAdmin, { apply: true })
    expect(applied.body.applying).toBe(false)
  })

  it('shows the plan, applies it in the background and reports how it went', async () => {
    const plan = await post(MERGE, 'plan.csv', superAdmin)
    expect(plan.body).toMatchObject({ applying: false, pending: 1, refusals: [] })
    expect(plan.body.summary).toContain('  dòng 2: Sáp nhập 28264 vào 28261: chuyển 1 Tin tức')
    const started = await post(MERGE, 'plan.csv', superAdmin, { apply: true })
    expect(started).toMatchObject({ body: { applying: true }, status: 202 })
    let status
    for (let tries = 0; tries < 200; tries += 1) {
      status = (await fetch(`${server.url}/api/reorganisation`, { headers: superAdmin.headers }).then(json)).body
      if (status.state !== 'running') break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(status).toMatchObject({ by: 'super@tiengiang.gov.vn', done: 1, state: 'done', total: 1 })
    const unit = await server.payload.findByID({ collection: 'units', depth: 0, id: ids['28264']! })
    expect(unit).toMatchObject({ status: 'merged', successor: ids['28261'] })
    const moved = await server.payload.count({ collection: 'news', where: { unit: { equals: ids['28261'] } } })
    expect(moved.totalDocs).toBe(2)
    // Applying it again has nothing to do.
    const again = await post(MERGE, 'plan.csv', superAdmin, { apply: true })
    expect(again.body).toMatchObject({ applying: false, pending: 0 })
    // The entry in the audit log names who did it.
    const { docs } = await server.payload.find({
      collection: 'audit-entries',
      where: { action: { equals: 'reorganise' } },
    })
    expect(docs).toMatchObject([{ actorEmail: 'super@tiengiang.gov.vn', documentTitle: 'merge 28264 → 28261' }])
  })
})
