import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'

import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { unitIds } from '../../test/helpers/tenancyFixtures'
import {
  chunksOf,
  deferInserts,
  dropDeferredInserts,
  flushDeferredInserts,
  latestVersionAsked,
  lockedDocumentOf,
} from './deferredInserts'

let server: TestServer
let unit: number
let category: number
let legalDocument: number
let editor: number | string

beforeAll(async () => {
  server = await startTestServer()
  const units = await unitIds(server.payload)
  unit = units.P as number
  editor = (
    await server.payload.create({
      collection: 'users',
      data: { email: 'bientap@tiengiang.gov.vn', name: 'Biên tập', password: 'mat-khau-thu-nghiem-1' },
    })
  ).id
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

/** Each collection an import writes, what makes one of its items, and the field it is known by. */
const KINDS = [
  ['procedures', procedure, 'code'],
  ['news', news, 'slug'],
  ['legal-documents', legal, 'numberAndSymbol'],
] as const

/** The nth key of a collection's items, in the form `comparable` reads as a key. */
const keyOf = (collection: Collection) => (n: number) =>
  collection === 'news' ? `tin-so-${n}` : collection === 'procedures' ? `1.${100000 + n}` : `${n}/2024/QĐ-UBND`

describe('creating with deferred rows (imports)', () => {
  it.each(KINDS)(
    'stores %s exactly as Payload writes them, versions and relations included',
    async (collection, make, keyField) => {
      const { payload } = server
      const key = keyOf(collection)
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

  it.each(KINDS)(
    'updates %s exactly as Payload does, their lists replaced, a new version, the edit lock released',
    async (collection, make, keyField) => {
      const { payload } = server
      const key = keyOf(collection)
      const items = await createAll(payload, collection, [make(key(21)), make(key(22)), make(key(23))], false)
      // An editor had the middle one open: Payload releases the lock of an item it updates (overrideLock).
      await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: collection, value: items[1]!.id },
          user: { relationTo: 'users', value: editor },
        } as never,
        overrideAccess: true,
      })
      // Every list of the item changes: fewer steps, other documents, another category or relation.
      const changed = (data: Record<string, unknown>) => ({
        ...data,
        ...(collection === 'procedures'
          ? {
              requiredDocuments: [{ copies: 2, name: 'Tờ khai mới', originals: 1 }],
              steps: [{ description: 'Nộp trực tuyến' }],
              submissionMethods: [],
              showOnSubunits: [],
            }
          : collection === 'news'
            ? { categories: [], showOnSubunits: ['commune'], summary: 'Tóm tắt mới' }
            : { relations: [], signer: 'Trần Thị B', summary: 'Đã sửa' }),
      })
      const update = async (index: number, defer: boolean, ids: number[]) => {
        const req = await createLocalReq({ context: { importing: true } }, payload)
        await initTransaction(req)
        if (defer) deferInserts(req, collection, { updating: ids })
        const returned = []
        for (const id of ids) {
          const data = changed(make(key(21 + index++)))
          returned.push(
            await payload.update({
              collection,
              data: data as never,
              depth: 0,
              id,
              locale: 'vi',
              overrideAccess: true,
              req,
            }),
          )
        }
        await flushDeferredInserts(req)
        await commitTransaction(req)
        return returned as unknown as Array<Record<string, unknown>>
      }
      const [plain] = await update(0, false, [items[0]!.id as number])
      const deferred = await update(1, true, [items[1]!.id as number, items[2]!.id as number])
      expect(comparable(deferred[0], keyField)).toEqual(comparable(plain, keyField))
      const expected = await stored(payload, collection, items[0]!.id)
      expect(expected.versions).toHaveLength(2)
      for (const item of items.slice(1)) {
        const actual = await stored(payload, collection, item.id)
        expect(comparable(actual, keyField)).toEqual(comparable(expected, keyField))
        // The new version is the latest, the first one no longer.
        expect(actual.versions.map(({ latest }) => latest).sort()).toEqual([false, true])
      }
      const locks = await payload.count({ collection: 'payload-locked-documents', overrideAccess: true })
      expect(locks.totalDocs).toBe(0)
    },
  )

  it('keeps only the newest versions of items updated in bulk (their declaration says how many)', async () => {
    const { payload } = server
    // Contacts keep 20 versions (collections/Contacts): two items created, then updated 21 times together, each
    // time in one bulk transaction (an item is written once per transaction, as an import does).
    const contact = (name: string) => ({ _status: 'published', kind: 'office', name, unit }) as never
    const made = await createAll(payload, 'contacts' as Collection, [contact('Phòng A'), contact('Phòng B')], false)
    for (let save = 0; save < 21; save++) {
      const req = await createLocalReq({ context: { importing: true } }, payload)
      await initTransaction(req)
      deferInserts(req, 'contacts')
      for (const item of made)
        await payload.update({
          collection: 'contacts',
          data: contact(`Phòng ${item.id} lần ${save}`),
          id: item.id,
          locale: 'vi',
          overrideAccess: true,
          req,
        })
      await flushDeferredInserts(req)
      await commitTransaction(req)
    }
    for (const item of made) {
      const { docs } = await payload.findVersions({
        collection: 'contacts',
        limit: 0,
        overrideAccess: true,
        sort: '-updatedAt',
        where: { parent: { equals: item.id } },
      })
      expect(docs).toHaveLength(20)
      expect(docs[0]!.version.name).toBe(`Phòng ${item.id} lần 20`)
      expect(docs.filter(({ latest }) => latest)).toHaveLength(1)
    }
  })

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

/** What `see` makes of each call of the adapter's `method` while Payload updates a procedure it just created. */
const seenWhileUpdating = async (
  method: 'deleteMany' | 'findVersions',
  code: string,
  see: (args: never) => unknown,
) => {
  const { payload } = server
  const [item] = await createAll(payload, 'procedures', [procedure(code)], false)
  const seen: unknown[] = []
  const db = payload.db as unknown as Record<string, (args: unknown) => Promise<unknown>>
  const original = db[method]!
  db[method] = async (args) => {
    seen.push(see(args as never))
    return original.call(payload.db, args)
  }
  try {
    await payload.update({
      collection: 'procedures',
      data: { name: `Đổi tên ${code}` },
      id: item!.id,
      overrideAccess: true,
    })
  } finally {
    db[method] = original
  }
  return { id: item!.id, seen }
}

describe('latestVersionAsked', () => {
  it("recognises Payload's read of an item's latest version before it updates the item (or an upgrade changed it)", async () => {
    const { id, seen } = await seenWhileUpdating('findVersions', '1.000555', latestVersionAsked)
    // Its first read is that one; the history's trim (src/publishing/versions.ts) is not.
    expect(seen[0]).toBe(String(id))
    expect(seen.slice(1).every((parent) => parent === undefined)).toBe(true)
  })

  it("recognises Payload's release of an updated item's edit lock (or an upgrade changed it)", async () => {
    const { id, seen } = await seenWhileUpdating(
      'deleteMany',
      '1.000556',
      (args: { collection: string; where: Where }) =>
        args.collection === 'payload-locked-documents' ? lockedDocumentOf(args.where) : 'another collection',
    )
    // The item's own (the counts by field it changed are updated too, each releasing its lock the same way).
    expect(seen[0]).toEqual({ collection: 'procedures', id })
    expect(seen.every((locked) => locked !== undefined)).toBe(true)
    expect(lockedDocumentOf({ and: [{ 'document.relationTo': { equals: 'news' } }] })).toBeUndefined()
    expect(
      lockedDocumentOf({ or: [{ 'document.relationTo': { equals: 'news' } }, { 'document.value': { equals: 1 } }] }),
    ).toBeUndefined()
  })

  it('takes no other read for it', () => {
    const latest: Where = { latest: { equals: true } }
    const where: Where = { and: [{ parent: { equals: 7 } }, { and: [{ parent: { equals: 7 } }, latest] }] }
    const read = { collection: 'procedures', limit: 1, sort: '-updatedAt', where }
    expect(latestVersionAsked(read)).toBe('7')
    expect(latestVersionAsked({ ...read, limit: 2 })).toBeUndefined()
    expect(latestVersionAsked({ ...read, select: { updatedAt: true } })).toBeUndefined()
    expect(
      latestVersionAsked({ ...read, where: { and: [{ parent: { equals: 7 } }, { parent: { equals: 8 } }, latest] } }),
    ).toBeUndefined()
    expect(latestVersionAsked({ ...read, where: { and: [where, { 'version.unit': { equals: 3 } }] } })).toBeUndefined()
    expect(latestVersionAsked({ ...read, where: { or: [where] } })).toBeUndefined()
    expect(latestVersionAsked({ ...read, where: { parent: { equals: 7 } } })).toBeUndefined()
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
