import type { Payload } from 'payload'

import { inTransaction } from '../../src/base/inTransaction'
import { ensureFieldCounts, recountAll } from '../../src/fieldCounts/store'
import { gql } from '../helpers/http'
import { unitIds, UNIT_CODES, type UnitKey } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let payload: Payload
let units: Record<UnitKey, number>

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  units = (await unitIds(payload)) as Record<UnitKey, number>
})
afterAll(async () => {
  await server?.stop()
})

const PROCEDURE = {
  _status: 'published',
  implementingAgency: 'Ủy ban nhân dân cấp xã',
  level: 'commune',
  name: 'Thủ tục thử',
  onlineServiceLevel: 'none',
} as const

let codes = 0
const procedure = (unit: UnitKey, field: string, extra: Record<string, unknown> = {}, req?: never) =>
  payload.create({
    collection: 'procedures',
    data: { ...PROCEDURE, code: `1.${String(++codes).padStart(6, '0')}`, field, unit: units[unit], ...extra } as never,
    req,
  })

type Counts = Array<{ count: number; field: string }>

/** A visitor's counts (from the stored ones) and the same portal's list of procedures, counted here. */
const portal = async (unit: UnitKey, locale = 'vi') => {
  const { body } = await gql(
    server.url,
    `query ($locale: String) { procedureFields(locale: $locale) { field count }
       Procedures(limit: 100, locale: ${locale}) { totalDocs docs { field } } }`,
    { locale },
    { 'x-portal-unit': UNIT_CODES[unit] },
  )
  expect(body.errors).toBeUndefined()
  expect(body.data.Procedures.totalDocs).toBeLessThanOrEqual(100)
  const listed = new Map<string, number>()
  for (const { field } of body.data.Procedures.docs as Array<{ field: string }>)
    listed.set(field, (listed.get(field) ?? 0) + 1)
  const byField = (counts: Counts) => Object.fromEntries(counts.map(({ count, field }) => [field, count]))
  return { listed: Object.fromEntries(listed), stored: byField(body.data.procedureFields as Counts) }
}

/** Every portal of the fixture counts exactly what it lists, in both locales. */
const expectCountsAsListed = async () => {
  for (const unit of ['P', 'D', 'C1', 'C2', 'S'] as UnitKey[])
    for (const locale of ['vi', 'en']) {
      const { listed, stored } = await portal(unit, locale)
      expect({ unit, locale, counts: stored }).toEqual({ unit, locale, counts: listed })
    }
}

describe('procedures counted by field for portals, kept as they are written', () => {
  it('count what each portal lists through creates, edits, unpublishing, moves between units and deletes', async () => {
    const shared = await procedure('P', 'Đất đai', { showOnSubunits: ['commune'] })
    await procedure('P', 'Đất đai', { showOnSubunits: ['commune', 'district'] })
    await procedure('P', 'Thương mại', { level: 'province' })
    const own = await procedure('C1', 'Chứng thực')
    await procedure('C1', 'Chứng thực', { _status: 'draft' })
    const sibling = await procedure('C2', 'Tôn giáo')
    await expectCountsAsListed()
    expect((await portal('C1')).stored).toEqual({ 'Chứng thực': 1, 'Đất đai': 2 })

    // A field renamed, in Vietnamese and given in English (English falls back to Vietnamese elsewhere).
    await payload.update({ collection: 'procedures', data: { field: 'Hộ tịch' }, id: own.id, locale: 'vi' })
    await payload.update({
      collection: 'procedures',
      data: { field: 'Civil status', name: 'A test procedure' },
      id: own.id,
      locale: 'en',
    })
    // No longer shown on communes; another moved from a commune to the district.
    await payload.update({ collection: 'procedures', data: { showOnSubunits: ['district'] }, id: shared.id })
    await payload.update({ collection: 'procedures', data: { unit: units.D }, id: sibling.id })
    await expectCountsAsListed()
    expect((await portal('C1', 'en')).stored).toEqual({ 'Civil status': 1, 'Đất đai': 1 })

    // Unpublished (a draft replacing the published item), then deleted.
    await payload.update({ collection: 'procedures', data: { _status: 'draft' }, id: own.id })
    await payload.delete({ collection: 'procedures', id: shared.id })
    await expectCountsAsListed()
    expect((await portal('C1')).stored).toEqual({ 'Đất đai': 1 })
  })

  it('count an import of many items in one transaction, and nothing of one rolled back', async () => {
    await inTransaction(payload, async (req) => {
      for (let index = 0; index < 40; index++)
        await procedure('P', index % 2 ? 'Xây dựng' : 'Giao thông', { showOnSubunits: ['commune'] }, req as never)
    })
    await expectCountsAsListed()
    const before = await portal('C2')
    await expect(
      inTransaction(payload, async (req) => {
        await procedure('P', 'Xây dựng', { showOnSubunits: ['commune'] }, req as never)
        throw new Error('the import stops')
      }),
    ).rejects.toThrow('the import stops')
    expect(await portal('C2')).toEqual(before)
  })

  it('count every save of writers working at the same time', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, writer) =>
        inTransaction(payload, async (req) => {
          await procedure(writer % 2 ? 'C1' : 'P', 'Lao động', { showOnSubunits: ['commune'] }, req as never)
          await new Promise((resolve) => setTimeout(resolve, 20))
          await procedure(writer % 2 ? 'C1' : 'P', 'Lao động', { showOnSubunits: ['commune'] }, req as never)
        }),
      ),
    )
    await expectCountsAsListed()
    expect((await portal('C1')).stored['Lao động']).toBe(12)
  })

  it('work every count out again from the items alike, and at start when none are stored', async () => {
    const before = await Promise.all((['P', 'C1', 'C2', 'D'] as UnitKey[]).map((unit) => portal(unit)))
    await inTransaction(payload, (req) => recountAll(req, 'procedures'))
    expect(await Promise.all((['P', 'C1', 'C2', 'D'] as UnitKey[]).map((unit) => portal(unit)))).toEqual(before)

    await payload.delete({ collection: 'field-counts', where: { key: { exists: true } } })
    // Until they are worked out again, the items themselves are counted: never a wrong answer.
    await expectCountsAsListed()
    expect(await ensureFieldCounts(payload)).toEqual(['procedures'])
    expect(await ensureFieldCounts(payload)).toEqual([])
    expect(await Promise.all((['P', 'C1', 'C2', 'D'] as UnitKey[]).map((unit) => portal(unit)))).toEqual(before)
  })

  it('answer a portal that does not exist with no counts, and a signed-out read naming no portal with none', async () => {
    const { body } = await gql(server.url, '{ procedureFields { field count } }', undefined, {
      'x-portal-unit': 'khong-ton-tai',
    })
    expect(body.data.procedureFields).toEqual([])
    const { body: unnamed } = await gql(server.url, '{ procedureFields { field count } }')
    expect(unnamed.data.procedureFields).toEqual([])
  })
})
