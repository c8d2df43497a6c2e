import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { unitIds } from '../../test/helpers/tenancyFixtures'
import { chunksOf, deferInserts, dropDeferredInserts, flushDeferredInserts } from './deferredInserts'

let server: TestServer
let unit: number
let category: number
let legalDocument: number

beforeAll(async () => {
  server = await startTestServer()
  const units = await unitIds(server.payload)
  unit = units.P as number
  category = (await server.payload.create({ collection: 'news-categories', data: { name: 'Thời sự', unit } })).id
  legalDocument = (
    await server.payload.create({
      collection: 'legal-documents',
      data: {
        _status: 'published',
        issuedAt: '2024-06-01',
        issuingBody: 'UBND tỉnh',
        numberAndSymbol: '12/2024/QĐ-UBND',
        summary: 'Quy định thủ tục',
        type: 'quyet-dinh',
        unit,
      } as never,
    })
  ).id
})
afterAll(async () => {
  await server?.stop()
})

type Collection = 'legal-documents' | 'news' | 'procedures'

const procedure = (code: string) => ({
  _status: 'published',
  code,
  field: 'Hộ tịch',
  legalBasis: { documents: [legalDocument] },
  level: 'commune',
  name: `Đăng ký khai sinh ${code}`,
  requiredDocuments: [
    { copies: 0, name: 'Tờ khai', originals: 1 },
    { copies: 1, name: 'Giấy chứng sinh', originals: 0 },
  ],
  showOnSubunits: ['commune'],
  steps: [{ description: 'Nộp hồ sơ' }, { description: 'Trả kết quả' }],
  submissionMethods: [{ fee: 'Không', method: 'in-person', processingTime: '05 ngày làm việc' }],
  unit,
})

const news = (slug: string) => ({
  _status: 'published',
  categories: [category],
  showOnSubunits: ['commune', 'district'],
  slug,
  summary: 'Tóm tắt',
  title: `Tin ${slug}`,
  unit,
})

const legal = (numberAndSymbol: string) => ({
  _status: 'published',
  effectiveAt: '2024-07-01',
  field: 'Hộ tịch',
  issuedAt: '2024-06-01',
  issuingBody: 'UBND tỉnh',
  numberAndSymbol,
  relations: [{ document: legalDocument, kind: 'amends' }],
  signer: 'Nguyễn Văn A',
  summary: 'Quy định về hộ tịch',
  type: 'quyet-dinh',
  unit,
})

/** Creates documents in one transaction, deferring their rows or not; returns what each create returned. */
const createAll = async (payload: Payload, collection: Collection, data: object[], defer: boolean) => {
  const req = await createLocalReq({ context: { importing: true } }, payload)
  await initTransaction(req)
  if (defer) deferInserts(req, collection)
  const returned = []
  for (const item of data)
    returned.push(
      await payload.create({ collection, data: item as never, depth: 0, locale: 'vi', overrideAccess: true, req }),
    )
  await flushDeferredInserts(req)
  await commitTransaction(req)
  return returned as unknown as Array<Record<string, unknown> & { id: number | string }>
}

/** A document without what differs between two creations of the same data: ids, times, the key and what shows it. */
const comparable = (doc: unknown, key: string): unknown => {
  if (Array.isArray(doc)) return doc.map((item) => comparable(item, key))
  if (typeof doc === 'string') return doc.replace(/1[. ]1000\d\d|tin[- ]so[- ]\d+|\b\d+(?=[/ ]2024)/g, '(key)')
  if (!doc || typeof doc !== 'object') return doc
  return Object.fromEntries(
    Object.entries(doc)
      .filter(([name]) => !['id', 'createdAt', 'updatedAt', 'publishedAt', 'parent', key].includes(name))
      .map(([name, value]) => [name, comparable(value, key)]),
  )
}

const stored = async (payload: Payload, collection: Collection, id: number | string) => ({
  doc: await payload.findByID({ collection, depth: 0, draft: true, id, locale: 'all', overrideAccess: true }),
  versions: (
    await payload.findVersions({
      collection,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
      where: { parent: { equals: id } },
    })
  ).docs,
})

describe('creating with deferred rows (imports)', () => {
  it.each([
    ['procedures', procedure, 'code'],
    ['news', news, 'slug'],
    ['legal-documents', legal, 'numberAndSymbol'],
  ] as const)(
    'stores %s exactly as Payload writes them, versions and relations included',
    async (collection, make, keyField) => {
      const { payload } = server
      const key = (n: number) =>
        collection === 'news' ? `tin-so-${n}` : collection === 'procedures' ? `1.${100000 + n}` : `${n}/2024/QĐ-UBND`
      const [plain] = await createAll(payload, collection, [make(key(1))], false)
      const deferredData = [make(key(2)), make(key(3))]
      const deferred = await createAll(payload, collection, deferredData, true)
      // What create returns without reading the item back is what the read-back returns.
      expect(comparable(deferred[0], keyField)).toEqual(comparable(plain, keyField))
      const expected = await stored(payload, collection, plain!.id)
      for (const item of deferred) {
        const actual = await stored(payload, collection, item.id)
        expect(comparable(actual, keyField)).toEqual(comparable(expected, keyField))
        expect(actual.versions).toHaveLength(1)
        expect((actual.doc as unknown as Record<string, unknown>)[keyField]).toBeDefined()
      }
      // The ids handed out are the database's own from now on: a later plain create follows without a clash.
      const [after] = await createAll(payload, collection, [make(key(4))], false)
      expect(Number(after!.id)).toBeGreaterThan(Number(deferred[1]!.id))
      expect((await stored(payload, collection, after!.id)).versions).toHaveLength(1)
    },
  )

  it('writes nothing of a transaction rolled back, and a later flush of it writes nothing', async () => {
    const { payload } = server
    const before = (await payload.count({ collection: 'procedures', overrideAccess: true })).totalDocs
    const req = await createLocalReq({ context: { importing: true } }, payload)
    await initTransaction(req)
    deferInserts(req, 'procedures')
    await payload.create({ collection: 'procedures', data: procedure('1.000999') as never, req })
    dropDeferredInserts(req)
    await killTransaction(req)
    await flushDeferredInserts(req)
    expect((await payload.count({ collection: 'procedures', overrideAccess: true })).totalDocs).toBe(before)
    expect(
      (await payload.count({ collection: 'procedures', overrideAccess: true, where: { code: { equals: '1.000999' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('fails the flush when two kept items clash on a unique index, and the rollback leaves nothing', async () => {
    const { payload } = server
    const req = await createLocalReq({ context: { importing: true } }, payload)
    await initTransaction(req)
    deferInserts(req, 'procedures')
    // The uniqueness check is left to the index in a deferring batch (tenants/hooks/uniqueWithinUnit.ts).
    await payload.create({ collection: 'procedures', data: procedure('1.000777') as never, req })
    await payload.create({ collection: 'procedures', data: procedure('1.000777') as never, req })
    await expect(flushDeferredInserts(req)).rejects.toThrow()
    await killTransaction(req)
    const where = { code: { equals: '1.000777' } }
    expect((await payload.count({ collection: 'procedures', overrideAccess: true, where })).totalDocs).toBe(0)
  })
})

describe('chunksOf', () => {
  it('splits rows into power-of-two chunks within the parameter limit, in order', () => {
    const rows = [...Array(100).keys()]
    expect(chunksOf(rows, 10).map((chunk) => chunk.length)).toEqual([64, 32, 4])
    expect(chunksOf(rows, 10).flat()).toEqual(rows)
    // 16,000 parameters at most: 400 columns allow 40 rows, so chunks of 32.
    expect(chunksOf(rows, 400).map((chunk) => chunk.length)).toEqual([32, 32, 32, 4])
    expect(chunksOf([], 5)).toEqual([])
  })
})
