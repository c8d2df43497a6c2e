import { commitTransaction, createLocalReq, initTransaction, type PayloadRequest } from 'payload'

import { portalUnitOf } from '../../tenants/portalUnit'
import { unitDirectoryOf } from '../../tenants/unitDirectory'
import { activeUnitIds } from '../../tenants/unitQueries'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let commune: { code: string; id: number | string; slug: string }

beforeAll(async () => {
  server = await startTestServer()
  const found = await server.payload.find({ collection: 'units', limit: 1, where: { code: { equals: '28261' } } })
  const unit = found.docs[0]!
  commune = { code: unit.code, id: unit.id, slug: unit.slug! }
})
afterAll(async () => {
  await server?.stop()
})

/** A visitor's request naming its portal the way frontends do. */
const visitor = (headers: Record<string, string>) =>
  createLocalReq({ req: { headers: new Headers(headers) } as Partial<PayloadRequest> }, server.payload)

/**
 * The process keeps every unit's addresses and status (tenants/unitDirectory.ts) instead of querying them in each
 * request; these check it never answers with units as they were before a change this process made.
 */
describe("the process's unit directory", () => {
  it('names portals by header (slug or code) and by host, with no query once read', async () => {
    const bySlug = await portalUnitOf(await visitor({ 'x-portal-unit': commune.slug }))
    const byCode = await portalUnitOf(await visitor({ 'x-portal-unit': commune.code }))
    expect(bySlug?.id).toBe(commune.id)
    expect(byCode).toEqual(bySlug)
    const domain = (await server.payload.findByID({ collection: 'units', id: commune.id })).domains?.[0]?.domain
    expect((await portalUnitOf(await visitor({ host: `${domain!}:443` })))?.id).toBe(commune.id)
    expect(await portalUnitOf(await visitor({ 'x-portal-unit': 'khong-co-don-vi' }))).toBeNull()
    expect(await portalUnitOf(await visitor({ host: 'khong-co.example.org' }))).toBeUndefined()
    // The same directory object serves request after request.
    const first = await unitDirectoryOf(await visitor({}))
    expect(await unitDirectoryOf(await visitor({}))).toBe(first)
    expect(first!.size).toBe(202)
  })

  it('reads the units again after a change in this process: the next visitor sees the new domain and status', async () => {
    await server.payload.update({
      collection: 'units',
      data: { domains: [{ domain: 'xa-doi-ten.tiengiang.gov.vn' }] },
      id: commune.id,
    })
    expect((await portalUnitOf(await visitor({ host: 'xa-doi-ten.tiengiang.gov.vn' })))?.id).toBe(commune.id)

    await server.payload.update({ collection: 'units', data: { status: 'dissolved' }, id: commune.id })
    expect(await activeUnitIds(await visitor({}))).not.toContain(commune.id)
    expect((await portalUnitOf(await visitor({ 'x-portal-unit': commune.slug })))?.status).toBe('dissolved')
    await server.payload.update({ collection: 'units', data: { status: 'active' }, id: commune.id })
    expect(await activeUnitIds(await visitor({}))).toContain(commune.id)
  })

  it('is not used inside a transaction, and is read again once the transaction commits', async () => {
    const before = await unitDirectoryOf(await visitor({}))
    const req = await createLocalReq({}, server.payload)
    expect(await initTransaction(req)).toBe(true)
    expect(await unitDirectoryOf(req)).toBeUndefined()
    await server.payload.update({ collection: 'units', data: { status: 'dissolved' }, id: commune.id, req })
    // Outside the transaction the change is not visible yet: read again, the directory still has the unit active.
    expect(await activeUnitIds(await visitor({}))).toContain(commune.id)
    await commitTransaction(req)
    const after = await unitDirectoryOf(await visitor({}))
    expect(after).not.toBe(before)
    expect(after!.active).not.toContain(commune.id)
    await server.payload.update({ collection: 'units', data: { status: 'active' }, id: commune.id })
  })
})
