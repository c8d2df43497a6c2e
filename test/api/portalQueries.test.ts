import { gql } from '../helpers/http'
import { rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()
const DAY = 24 * 60 * 60 * 1000
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)

beforeAll(async () => {
  const { server, world } = content
  const publish = (collection: string, unit: 'C1' | 'C2' | 'D' | 'P' | 'S', data: Record<string, unknown>) =>
    server.payload.create({
      collection: collection as never,
      data: { _status: 'published', unit: world.units[unit], ...data } as never,
    })
  await publish('news', 'C1', { publishedAt: '2026-01-01T00:00:00Z', title: 'Tin xã 1' })
  await publish('news', 'C2', { publishedAt: '2026-02-01T00:00:00Z', title: 'Tin xã 2' })
  await publish('news', 'D', { publishedAt: '2026-03-01T00:00:00Z', title: 'Tin huyện' })
  await publish('news', 'S', { publishedAt: '2026-04-01T00:00:00Z', title: 'Tin sở' })
  await publish('news', 'P', { publishedAt: '2026-05-01T00:00:00Z', title: 'Tin tỉnh' })
  await server.payload.create({
    collection: 'news',
    data: { _status: 'draft', title: 'Nháp xã 1', unit: world.units.C1 as number },
    draft: true,
  })
  const document = (numberAndSymbol: string, dates: Record<string, string>, extra: Record<string, unknown> = {}) =>
    publish('legal-documents', 'C1', {
      issuingBody: 'UBND',
      numberAndSymbol,
      summary: numberAndSymbol,
      type: 'quyet-dinh',
      ...dates,
      ...extra,
    })
  const year = new Date().getFullYear()
  await document(`1/${year}/QĐ-UBND`, { issuedAt: day(-1) })
  await document(`2/${year}/QĐ-UBND`, { effectiveAt: day(20), issuedAt: day(-1) })
  await document('3/2020/QĐ-UBND', { expiresAt: day(-5), issuedAt: '2020-01-01' })
  await document('4/2020/QĐ-UBND', { issuedAt: '2020-01-01' }, { validityOverride: 'partly-expired' })
  await document('5/2020/QĐ-UBND', { expiresAt: day(30), issuedAt: '2020-01-01' })
  const profile = (
    await server.payload.find({ collection: 'unit-profiles', where: { unit: { equals: world.units.C1 } } })
  ).docs[0]!
  await server.payload.update({
    collection: 'unit-profiles',
    data: { _status: 'published', title: 'Giới thiệu Phường 1' },
    id: profile.id,
  })
})

describe('portal', () => {
  it('answers a portal page in one query: unit, parent chain, sub-units, profile', async () => {
    const { body } = await gql(
      content.server.url,
      '{ portal { unit { code name level } ancestors { code } children { code } profile { title } } }',
      undefined,
      { 'x-portal-unit': UNIT_CODES.D },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.portal.unit).toMatchObject({ code: '815', level: 'district' })
    expect(body.data.portal.ancestors).toEqual([{ code: '82' }])
    expect(body.data.portal.children.map((child: { code: string }) => child.code)).toEqual(
      expect.arrayContaining([UNIT_CODES.C1, UNIT_CODES.C2]),
    )
    expect(body.data.portal.profile).toBeNull()
  })

  it('by unit argument, with the published profile and the chain province first', async () => {
    const { body } = await gql(
      content.server.url,
      `{ portal(unit: "${UNIT_CODES.C1}") { ancestors { code } children { code } profile { title } } }`,
    )
    expect(body.data.portal).toEqual({
      ancestors: [{ code: '82' }, { code: '815' }],
      children: [],
      profile: { title: 'Giới thiệu Phường 1' },
    })
  })

  it('is null for an unknown unit', async () => {
    const { body } = await gql(content.server.url, '{ portal(unit: "khong-co") { unit { code } } }')
    expect(body.data.portal).toBeNull()
  })
})

describe('latest news of the sub-units', () => {
  const titles = async (args: string, headers: Record<string, string> = { 'x-portal-unit': UNIT_CODES.P }) => {
    const { body } = await gql(
      content.server.url,
      `{ latestNews${args} { totalDocs docs { title } } }`,
      undefined,
      headers,
    )
    expect(body.errors).toBeUndefined()
    return body.data.latestNews.docs.map((doc: { title: string }) => doc.title)
  }

  it('the province portal lists every sub-unit’s published news, newest first', async () => {
    expect(await titles('')).toEqual(['Tin sở', 'Tin huyện', 'Tin xã 2', 'Tin xã 1'])
  })

  it('or one level of them', async () => {
    expect(await titles('(level: commune)')).toEqual(['Tin xã 2', 'Tin xã 1'])
    expect(await titles(`(unit: "${UNIT_CODES.D}", level: commune, limit: 1)`, {})).toEqual(['Tin xã 2'])
  })
})

describe('legal documents by validity', () => {
  const year = new Date().getFullYear()
  it.each([
    ['in_force', [`1/${year}/QĐ-UBND`, '5/2020/QĐ-UBND']],
    ['not_yet_in_force', [`2/${year}/QĐ-UBND`]],
    ['expired', ['3/2020/QĐ-UBND']],
    ['partly_expired', ['4/2020/QĐ-UBND']],
  ])('validity %s', async (validity, expected) => {
    const { body } = await gql(
      content.server.url,
      `{ LegalDocuments(where: { validity: { equals: ${validity} } }, sort: "numberAndSymbol") { docs { numberAndSymbol validity } } }`,
      undefined,
      { 'x-portal-unit': UNIT_CODES.C1 },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.LegalDocuments.docs).toEqual(expected.map((numberAndSymbol) => ({ numberAndSymbol, validity })))
  })

  it('is right when the client selects only what it shows (select: true): the dates are always read', async () => {
    const validities = async (select: boolean) => {
      const { body } = await gql(
        content.server.url,
        `{ LegalDocuments(sort: "numberAndSymbol", select: ${select}) { docs { numberAndSymbol validity } } }`,
        undefined,
        { 'x-portal-unit': UNIT_CODES.C1 },
      )
      expect(body.errors).toBeUndefined()
      return body.data.LegalDocuments.docs
    }
    expect(await validities(true)).toEqual(await validities(false))
    expect((await validities(true)).map((doc: { validity: string }) => doc.validity)).toEqual(
      expect.arrayContaining(['expired', 'not_yet_in_force', 'partly_expired']),
    )
  })

  it('over REST too, combined with a year of issue (full timestamps, Vietnam time)', async () => {
    const { body } = await rest(
      content.server,
      'GET',
      `/legal-documents?where[validity][in]=in-force,expired&where[issuedAt][greater_than_equal]=${encodeURIComponent('2020-01-01T00:00:00+07:00')}&where[issuedAt][less_than]=${encodeURIComponent('2021-01-01T00:00:00+07:00')}&sort=numberAndSymbol`,
      { headers: { 'x-portal-unit': UNIT_CODES.C1 } },
    )
    expect(body.docs.map((doc: { numberAndSymbol: string }) => doc.numberAndSymbol)).toEqual([
      '3/2020/QĐ-UBND',
      '5/2020/QĐ-UBND',
    ])
  })
})
