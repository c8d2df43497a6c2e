import { deriveValidity } from '../../collections/LegalDocuments/validity'
import { gql } from '../helpers/http'
import { countOf, fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

const DAY = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10)
const thisYear = new Date().getFullYear()

const create = (data: Record<string, unknown>, unit: 'C1' | 'C2' = 'C1') =>
  rest(content.server, 'POST', '/legal-documents', {
    body: {
      _status: 'published',
      issuedAt: '2023-03-15',
      issuingBody: 'Ủy ban nhân dân tỉnh Tiền Giang',
      signer: 'Nguyễn Văn Vĩnh',
      summary: 'Quy định về quản lý cổng thông tin điện tử',
      type: 'quyet-dinh',
      unit: content.world.units[unit],
      ...data,
    },
    session: content.world.sessions[unit === 'C1' ? 'approverC1' : 'approverC2'],
  })

const pathsOf = (body: unknown) => fieldErrors(body as never).map((error) => error.path)

describe('number and symbol', () => {
  it.each([
    ['15/2023/QĐ-UBND', '15/2023/QĐ-UBND'],
    ['123/ubnd-vp', '123/UBND-VP'],
    ['45 / 2023 / QH15', '45/2023/QH15'],
  ])('accepts %j (stored as %s)', async (numberAndSymbol, stored) => {
    const { body, status } = await create({ numberAndSymbol })
    expect(status).toBe(201)
    expect(body.doc.numberAndSymbol).toBe(stored)
  })

  it.each(['QĐ-UBND', '15/QĐ UBND', '15/1899/QĐ-UBND', 'số 15'])(
    'refuses %j naming the field',
    async (numberAndSymbol) => {
      const before = await countOf(content.server.payload, 'legal-documents')
      const { body, status } = await create({ numberAndSymbol })
      expect(status).toBe(400)
      expect(fieldErrors(body)).toEqual([
        expect.objectContaining({ message: expect.stringContaining('15/2023/QĐ-UBND'), path: 'numberAndSymbol' }),
      ])
      expect(await countOf(content.server.payload, 'legal-documents')).toBe(before)
    },
  )

  it('refuses a number whose year is not the year of issue', async () => {
    const { body, status } = await create({ issuedAt: '2024-01-05', numberAndSymbol: '16/2023/QĐ-UBND' })
    expect(status).toBe(400)
    expect(fieldErrors(body)[0]).toMatchObject({ message: expect.stringContaining('2024'), path: 'numberAndSymbol' })
  })

  it('is unique within a unit, not across units', async () => {
    expect((await create({ numberAndSymbol: '20/2023/QĐ-UBND' })).status).toBe(201)
    const duplicate = await create({ numberAndSymbol: '20/2023/qđ-ubnd' })
    expect(duplicate.status).toBe(400)
    expect(pathsOf(duplicate.body)).toEqual(['numberAndSymbol'])
    expect((await create({ numberAndSymbol: '20/2023/QĐ-UBND' }, 'C2')).status).toBe(201)
  })
})

describe('dates', () => {
  it('refuses an effective date before the issue date', async () => {
    const { body, status } = await create({ effectiveAt: '2023-03-01', numberAndSymbol: '21/2023/QĐ-UBND' })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('ban hành'), path: 'effectiveAt' }),
    ])
  })

  it('refuses an expiry before the issue date, in English when asked', async () => {
    const { body, status } = await rest(content.server, 'POST', '/legal-documents', {
      body: {
        _status: 'published',
        expiresAt: '2022-12-31',
        issuedAt: '2023-03-15',
        issuingBody: 'UBND',
        numberAndSymbol: '22/2023/QĐ-UBND',
        summary: 'x',
        type: 'quyet-dinh',
        unit: content.world.units.C1,
      },
      headers: { 'accept-language': 'en' },
      session: content.world.sessions.approverC1,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({ message: 'The expiry date must come after the issue date.', path: 'expiresAt' }),
    ])
  })

  it('refuses an expiry on or before the effective date', async () => {
    const { body } = await create({
      effectiveAt: '2023-04-01',
      expiresAt: '2023-04-01',
      numberAndSymbol: '23/2023/QĐ-UBND',
    })
    expect(pathsOf(body)).toEqual(['expiresAt'])
  })
})

describe('validity', () => {
  it('is derived from the dates as of today, in Vietnam time', () => {
    expect(deriveValidity({ issuedAt: '2026-06-30T17:00:00.000Z' }, '2026-06-30')).toBe('not-yet-in-force')
    expect(deriveValidity({ issuedAt: '2026-06-30T17:00:00.000Z' }, '2026-07-01')).toBe('in-force')
    expect(deriveValidity({ effectiveAt: '2026-07-01', issuedAt: '2026-05-01' }, '2026-06-15')).toBe('not-yet-in-force')
    expect(deriveValidity({ expiresAt: '2026-07-01', issuedAt: '2022-01-01' }, '2026-07-01')).toBe('expired')
    expect(deriveValidity({ expiresAt: '2026-07-01', issuedAt: '2022-01-01' }, '2026-06-30')).toBe('in-force')
  })

  it('is served with each document, and a status set by hand wins', async () => {
    const future = await create({
      effectiveAt: daysFromNow(30),
      issuedAt: daysFromNow(-1),
      numberAndSymbol: `30/${thisYear}/QĐ-UBND`,
    })
    const expired = await create({ expiresAt: '2024-01-01', numberAndSymbol: '31/2023/QĐ-UBND' })
    const partly = await create({ numberAndSymbol: '32/2023/QĐ-UBND', validityOverride: 'partly-expired' })
    expect([future.body.doc.validity, expired.body.doc.validity, partly.body.doc.validity]).toEqual([
      'not-yet-in-force',
      'expired',
      'partly-expired',
    ])
    const { body } = await gql(
      content.server.url,
      `{ LegalDocuments(where: { numberAndSymbol: { in: ["30/${thisYear}/QĐ-UBND", "31/2023/QĐ-UBND"] } }, sort: "numberAndSymbol") { docs { numberAndSymbol validity } } }`,
      undefined,
      { 'x-portal-unit': UNIT_CODES.C1 },
    )
    expect(body.data.LegalDocuments.docs.map((doc: { validity: string }) => doc.validity)).toEqual([
      'not_yet_in_force',
      'expired',
    ])
  })
})

describe('relations', () => {
  it('links a document that amends, replaces or guides another, and refuses a link to itself', async () => {
    const base = await create({ numberAndSymbol: '40/2023/QĐ-UBND' })
    const amending = await create({
      numberAndSymbol: '41/2023/QĐ-UBND',
      relations: [{ document: base.body.doc.id, kind: 'amends' }],
    })
    expect(amending.status).toBe(201)
    expect(amending.body.doc.relations[0]).toMatchObject({
      document: { numberAndSymbol: '40/2023/QĐ-UBND' },
      kind: 'amends',
    })
    const self = await rest(content.server, 'PATCH', `/legal-documents/${base.body.doc.id}`, {
      body: { relations: [{ document: base.body.doc.id, kind: 'replaces' }] },
      session: content.world.sessions.approverC1,
    })
    expect(self.status).toBe(400)
    expect(pathsOf(self.body)).toEqual(['relations.0.document'])
  })
})

describe('citing documents of the units above', () => {
  it('unit staff read the published documents of their ancestors, not their drafts nor a sibling’s', async () => {
    const make = (unit: 'C2' | 'P', numberAndSymbol: string, status: 'draft' | 'published') =>
      content.server.payload.create({
        collection: 'legal-documents',
        data: {
          _status: status,
          issuedAt: '2024-06-01',
          issuingBody: 'UBND',
          numberAndSymbol,
          summary: 'x',
          type: 'quyet-dinh',
          unit: content.world.units[unit] as number,
        },
        draft: status === 'draft',
      })
    await make('P', '50/2024/QĐ-UBND', 'published')
    await make('P', '51/2024/QĐ-UBND', 'draft')
    await make('C2', '52/2024/QĐ-UBND', 'published')
    const { body } = await rest(content.server, 'GET', '/legal-documents?limit=0&where[numberAndSymbol][like]=/2024/', {
      session: content.world.sessions.editorC1,
    })
    expect(body.docs.map((doc: { numberAndSymbol: string }) => doc.numberAndSymbol)).toEqual(['50/2024/QĐ-UBND'])
    const write = await rest(content.server, 'PATCH', `/legal-documents/${body.docs[0].id}`, {
      body: { signer: 'Ai đó' },
      session: content.world.sessions.editorC1,
    })
    expect([403, 404]).toContain(write.status)
  })
})
