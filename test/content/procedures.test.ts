import { gql } from '../helpers/http'
import { countOf, fieldErrors, rest, useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

const MARRIAGE = {
  _status: 'published',
  applicants: 'Công dân Việt Nam',
  conditions: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi',
  decisionNumber: '1234/QĐ-UBND',
  field: 'Hộ tịch',
  implementingAgency: 'Ủy ban nhân dân cấp xã',
  legalBasis: { text: 'Luật Hộ tịch số 60/2014/QH13' },
  level: 'commune',
  name: 'Đăng ký kết hôn',
  onlineServiceLevel: 'full',
  procedureType: 'not-transferred',
  requiredDocuments: [{ copies: 0, name: 'Tờ khai đăng ký kết hôn', originals: 1 }],
  result: 'Giấy chứng nhận kết hôn',
  steps: [{ description: 'Nộp hồ sơ' }, { description: 'Nhận kết quả' }],
  submissionMethods: [
    { fee: 'Miễn lệ phí', method: 'in-person', processingTime: 'Ngay trong ngày' },
    { fee: 'Miễn lệ phí', method: 'online', processingTime: 'Ngay trong ngày' },
  ],
}

const create = (data: Record<string, unknown>, unit: 'C1' | 'C2' = 'C1') =>
  rest(content.server, 'POST', '/procedures', {
    body: { ...MARRIAGE, unit: content.world.units[unit], ...data },
    session: content.world.sessions[unit === 'C1' ? 'approverC1' : 'approverC2'],
  })

describe('procedure codes', () => {
  it.each([
    ['1.001234', '1.001234'],
    ['1.012753.H19', '1.012753.H19'],
    [' 2.000123.h82 ', '2.000123.H82'],
  ])('accepts %j (stored as %s)', async (code, stored) => {
    const { body, status } = await create({ code })
    expect(status).toBe(201)
    expect(body.doc.code).toBe(stored)
    expect(body.doc.nationalPortalUrl).toBe(
      `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${stored}`,
    )
  })

  it.each(['1.00123', '1-001234', '1.0012345', '1.001234.X19', '1.001234.H1', 'TTHC-01'])(
    'refuses %j, naming the field and the expected form, storing nothing',
    async (code) => {
      const before = await countOf(content.server.payload, 'procedures')
      const { body, status } = await create({ code })
      expect(status).toBe(400)
      expect(fieldErrors(body)).toEqual([
        expect.objectContaining({ message: expect.stringContaining('1.001234'), path: 'code' }),
      ])
      expect(await countOf(content.server.payload, 'procedures')).toBe(before)
    },
  )

  it('refuses a code the unit already has, allows it in another unit', async () => {
    expect((await create({ code: '1.000894' })).status).toBe(201)
    const duplicate = await create({ code: '1.000894', name: 'Bản sao' })
    expect(duplicate.status).toBe(400)
    expect(fieldErrors(duplicate.body)).toEqual([expect.objectContaining({ path: 'code' })])
    expect((await create({ code: '1.000894' }, 'C2')).status).toBe(201)
  })

  it('checks the publishing decision number', async () => {
    const { body, status } = await create({ code: '1.000001', decisionNumber: 'QĐ 12' })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['decisionNumber'])
  })

  it('names the field of a wrong choice inside a list (submission method)', async () => {
    const { body, status } = await create({ code: '1.000002', submissionMethods: [{ method: 'fax' }] })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path)).toEqual(['submissionMethods.0.method'])
  })

  it('a failed update leaves the stored procedure as it was', async () => {
    const { body } = await create({ code: '1.000003' })
    const refused = await rest(content.server, 'PATCH', `/procedures/${body.doc.id}`, {
      body: { code: 'sai', name: 'Tên mới' },
      session: content.world.sessions.approverC1,
    })
    expect(refused.status).toBe(400)
    const stored = await content.server.payload.findByID({ collection: 'procedures', id: body.doc.id })
    expect(stored).toMatchObject({ code: '1.000003', name: 'Đăng ký kết hôn' })
  })
})

describe('procedures over GraphQL', () => {
  it('reads every part of a procedure with its legal basis documents', async () => {
    const law = await rest(content.server, 'POST', '/legal-documents', {
      body: {
        _status: 'published',
        issuedAt: '2014-11-20',
        issuingBody: 'Quốc hội',
        numberAndSymbol: '60/2014/QH13',
        summary: 'Luật Hộ tịch',
        type: 'luat',
        unit: content.world.units.C1,
      },
      session: content.world.sessions.approverC1,
    })
    expect(law.status).toBe(201)
    await create({ code: '1.001193', legalBasis: { documents: [law.body.doc.id], text: 'Luật Hộ tịch' } })
    const { body } = await gql(
      content.server.url,
      `{ Procedures(where: { code: { equals: "1.001193" } }) { docs {
          code name level field onlineServiceLevel procedureType nationalPortalUrl
          steps { description } submissionMethods { method processingTime fee }
          requiredDocuments { name originals copies }
          legalBasis { text documents { numberAndSymbol validity } }
      } } }`,
      undefined,
      { 'x-portal-unit': UNIT_CODES.C1 },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Procedures.docs[0]).toMatchObject({
      code: '1.001193',
      legalBasis: { documents: [{ numberAndSymbol: '60/2014/QH13', validity: 'in_force' }], text: 'Luật Hộ tịch' },
      level: 'commune',
      onlineServiceLevel: 'full',
      requiredDocuments: [{ copies: 0, name: 'Tờ khai đăng ký kết hôn', originals: 1 }],
      steps: [{ description: 'Nộp hồ sơ' }, { description: 'Nhận kết quả' }],
      submissionMethods: [
        expect.objectContaining({ method: 'in_person' }),
        expect.objectContaining({ method: 'online' }),
      ],
    })
  })
  it('counts the procedures a portal shows by field: its own and those shared from above, published only', async () => {
    const { payload } = content.server
    const procedure = (unit: 'C1' | 'C2' | 'P', code: string, field: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'procedures',
        data: { ...MARRIAGE, code, field, unit: content.world.units[unit] as number, ...extra } as never,
      })
    await procedure('P', '2.000101', 'Đất đai', { level: 'commune', showOnSubunits: ['commune'] })
    await procedure('P', '2.000102', 'Đất đai', { level: 'commune', showOnSubunits: ['commune'] })
    await procedure('P', '2.000103', 'Thương mại', { level: 'province' })
    await procedure('C1', '1.000201', 'Chứng thực')
    await procedure('C1', '1.000202', 'Chứng thực', { _status: 'draft' })
    await procedure('C2', '1.000203', 'Tôn giáo')

    const portalOf = async (unit: string) => {
      const { body } = await gql(
        content.server.url,
        '{ procedureFields { field count } Procedures(limit: 100) { totalDocs docs { field } } }',
        undefined,
        { 'x-portal-unit': unit },
      )
      expect(body.errors).toBeUndefined()
      return body.data as {
        Procedures: { docs: { field: string }[]; totalDocs: number }
        procedureFields: { count: number; field: string }[]
      }
    }
    const commune = await portalOf(UNIT_CODES.C1)
    expect(commune.procedureFields).toEqual(
      expect.arrayContaining([
        { count: 2, field: 'Đất đai' },
        { count: 1, field: 'Chứng thực' },
      ]),
    )
    expect(commune.procedureFields.map((row) => row.field)).not.toEqual(expect.arrayContaining(['Tôn giáo']))
    expect(commune.procedureFields.map((row) => row.field)).not.toEqual(expect.arrayContaining(['Thương mại']))
    // Exactly what the portal's own list shows, most procedures first.
    expect(commune.procedureFields.reduce((sum, row) => sum + row.count, 0)).toBe(commune.Procedures.totalDocs)
    const counts = commune.procedureFields.map((row) => row.count)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect((await portalOf(UNIT_CODES.C2)).procedureFields).toEqual(
      expect.arrayContaining([
        { count: 2, field: 'Đất đai' },
        { count: 1, field: 'Tôn giáo' },
      ]),
    )
  })
})

describe('legal basis across units', () => {
  const documentOf = (unit: 'C2' | 'P', numberAndSymbol: string) =>
    content.server.payload.create({
      collection: 'legal-documents',
      data: {
        _status: 'published',
        issuedAt: '2024-05-02',
        issuingBody: 'UBND',
        numberAndSymbol,
        summary: 'Căn cứ',
        type: 'quyet-dinh',
        unit: content.world.units[unit] as number,
      },
    })

  it('may cite a document of a unit above (the province), not one of a sibling commune', async () => {
    const provinceDecision = await documentOf('P', '25/2024/QĐ-UBND')
    const siblingDecision = await documentOf('C2', '26/2024/QĐ-UBND')
    const cited = await create({ code: '1.000010', legalBasis: { documents: [provinceDecision.id] } })
    expect(cited.status).toBe(201)
    const refused = await create({ code: '1.000011', legalBasis: { documents: [siblingDecision.id] } })
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused.body).map((error) => error.path)).toEqual(['legalBasis.documents'])
  })
})
