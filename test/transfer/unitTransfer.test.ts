import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import * as tar from 'tar'

import type { Id } from '../../src/base/ids'
import {
  type ArchiveItem,
  type Manifest,
  readItems,
  readManifest,
  readOutside,
  unpackArchive,
} from '../../src/unitTransfer/archive'
import { fieldsOf, referenceKey, transferCollections } from '../../src/unitTransfer/exportUnit'
import { withReferences } from '../../src/unitTransfer/rules/fields'
import { runCli } from '../helpers/cli'
import { login } from '../helpers/http'
import { lexical } from '../helpers/contentFixtures'
import { SAMPLES } from '../helpers/samples'
import { PASSWORD } from '../helpers/tenancyFixtures'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * A unit's content moved between instances of different database kinds: exported from this run's database
 * (SQLite, or PostgreSQL in the PostgreSQL run) with the command line, imported into a fresh instance of the other
 * kind, exported again there, and every document of both archives compared after following its new ids.
 */

const SOURCE = '28261'
const OTHER_UNIT = '28264'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-unit-transfer-'))
const archiveA = path.join(work, 'a.tar.gz')
const archiveB = path.join(work, 'b.tar.gz')
const uploadsB = path.join(work, 'uploads-b')
let server: TestServer
let target: TestDatabase

const SECRET = 'unit-transfer-secret-0123456789abcdef'
const sourceEnv = () => ({
  DATABASE_URI: server.database.uri,
  PAYLOAD_SECRET: SECRET,
  UPLOADS_DIR: server.settings.uploadsDir,
})
const targetEnv = () => ({ DATABASE_URI: target.uri, PAYLOAD_SECRET: SECRET, UPLOADS_DIR: uploadsB })

const create = async (payload: Payload, collection: string, data: Record<string, unknown>, extra = {}) =>
  (await payload.create({
    collection: collection as 'news',
    data: data as never,
    depth: 0,
    locale: 'vi',
    overrideAccess: true,
    ...extra,
  })) as unknown as { id: Id } & Record<string, unknown>

/** A commune with one item of every collection an archive carries, and the references between them. */
const fillUnit = async (payload: Payload) => {
  const { docs } = await payload.find({ collection: 'units', limit: 0, where: { code: { in: [SOURCE, '82'] } } })
  const unit = docs.find((each) => each.code === SOURCE)!.id
  const province = docs.find((each) => each.code === '82')!.id
  const made: Record<string, Id> = {}
  for (const collection of transferCollections(payload)) {
    const sample = SAMPLES[collection.slug]!
    if (collection.slug === 'unit-profiles') continue
    const file = sample.file ? await sample.file() : undefined
    const doc = await create(
      payload,
      collection.slug,
      { ...(await sample.data({ n: 1, payload, unit })), unit },
      {
        ...(file ? { file } : {}),
      },
    )
    made[collection.slug] = doc.id
  }
  // Two documents citing each other (a circle the import must close), the second with an English summary.
  const second = await create(payload, 'legal-documents', {
    ...(SAMPLES['legal-documents']!.data({ n: 2, payload, unit }) as object),
    relations: [{ document: made['legal-documents'], kind: 'amends' }],
    unit,
  })
  await payload.update({
    collection: 'legal-documents',
    data: { relations: [{ document: second.id as number, kind: 'guides' }] },
    id: made['legal-documents']!,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'legal-documents',
    data: { summary: 'Decision two' },
    id: second.id,
    locale: 'en',
    overrideAccess: true,
  })
  await payload.update({
    collection: 'procedures',
    data: { _status: 'published', legalBasis: { documents: [made['legal-documents'], second.id] as number[] } },
    id: made.procedures!,
    overrideAccess: true,
  })
  const provinceCategory = (
    await payload.find({ collection: 'news-categories', limit: 1, where: { unit: { equals: province } } })
  ).docs[0]!
  // A news item with its cover, attachment, categories (its own and the province's), an English title, and a
  // body linking to another news item and showing an image; published, then changed in a draft.
  const body = lexical(['Xem thêm ', { text: 'tin khác', url: 'https://x.gov.vn' }])
  const linkNode = body.root.children[0]!.children[1] as { fields: Record<string, unknown> }
  linkNode.fields = { doc: { relationTo: 'news', value: made.news }, linkType: 'internal', newTab: false }
  ;(body.root.children as unknown[]).push({
    fields: null,
    format: '',
    relationTo: 'media',
    type: 'upload',
    value: made.media,
    version: 3,
  })
  const rich = await create(payload, 'news', {
    _status: 'published',
    attachments: [made.files],
    body,
    categories: [made['news-categories'], provinceCategory.id],
    cover: made.media,
    title: 'Tin có đủ thứ',
    unit,
  })
  await payload.update({ collection: 'news', data: { title: 'News with everything' }, id: rich.id, locale: 'en' })
  await payload.update({
    collection: 'news',
    data: { _status: 'draft', title: 'Tin có đủ thứ (bản nháp mới)' },
    draft: true,
    id: rich.id,
    locale: 'vi',
  })
  return { rich: rich.id, unit }
}

type Unpacked = { folder: string; items: ArchiveItem[]; manifest: Manifest; outside: Map<string, string> }

const unpack = async (file: string): Promise<Unpacked> => {
  const folder = fs.mkdtempSync(path.join(work, 'unpacked-'))
  await unpackArchive(file, folder)
  const outside = new Map(
    readOutside(folder).map((entry) => [
      referenceKey({ id: entry.id, relationTo: entry.collection }),
      `${entry.unit}/${entry.key.value}`,
    ]),
  )
  return { folder, items: readItems(folder), manifest: readManifest(folder), outside }
}

/** A document as data to compare across instances: references by what they are, never by id. */
const comparable = (
  payload: Payload,
  archive: Unpacked,
  item: ArchiveItem,
  nameOf: (key: string) => string | undefined,
) => {
  const fields = fieldsOf(payload.collections[item.collection as 'news'].config)
  return item.states.map((state) => {
    const data = withReferences(fields, state.data, (reference) => {
      const key = referenceKey(reference)
      if (reference.relationTo === 'units') return `unit ${archive.manifest.units[String(reference.id)]}`
      return nameOf(key) ?? archive.outside.get(key) ?? `missing ${key}`
    })
    const drop = new Set(['id', 'createdAt', 'updatedAt', 'sizes', 'url', 'thumbnailURL', 'filename'])
    return {
      data: JSON.parse(JSON.stringify(data, (name, value) => (drop.has(name) ? undefined : value))),
      status: state.status,
    }
  })
}

beforeAll(async () => {
  server = await startTestServer()
  target = await createTestDatabase({
    empty: true,
    kind: server.database.kind === 'sqlite' ? 'postgres' : 'sqlite',
  })
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await target?.drop()
  fs.rmSync(work, { force: true, recursive: true })
})

describe("moving a unit's content to another instance", () => {
  it('exports a unit, imports it into a database of the other kind, and every document comes back the same', async () => {
    const { rich } = await fillUnit(server.payload)
    const exported = await runCli('unit', ['export', SOURCE, '--out', archiveA, '--versions'], sourceEnv())
    expect(exported.output).toMatch(/Exported 28261: \d+ items/)
    expect(exported.code).toBe(0)

    const report = path.join(work, 'report.json')
    const imported = await runCli('unit', ['import', archiveA, '--report', report], targetEnv())
    expect(imported.output).toContain('Imported into 28261')
    expect(imported.code).toBe(0)
    const { completedLater, ids, unresolved } = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      completedLater: string[]
      ids: Record<string, Id>
      unresolved: unknown[]
    }
    expect(unresolved).toEqual([])

    const again = await runCli('unit', ['export', SOURCE, '--out', archiveB, '--versions'], targetEnv())
    expect(again.code).toBe(0)
    const a = await unpack(archiveA)
    const b = await unpack(archiveB)
    expect(b.manifest.collections).toEqual(a.manifest.collections)
    expect(Object.keys(a.manifest.collections).sort()).toEqual(
      transferCollections(server.payload)
        .map(({ slug }) => slug)
        .sort(),
    )
    const oldKeyOf = new Map(Object.entries(ids).map(([key, id]) => [`${key.split(':')[0]}:${id}`, key]))
    const byKey = new Map(b.items.map((item) => [referenceKey({ id: item.id, relationTo: item.collection }), item]))
    let compared = 0
    for (const item of a.items) {
      const key = referenceKey({ id: item.id, relationTo: item.collection })
      const moved = byKey.get(`${item.collection}:${ids[key]}`)
      expect(moved).toBeDefined()
      const before = comparable(server.payload, a, item, (each) =>
        a.items.some((x) => referenceKey({ id: x.id, relationTo: x.collection }) === each) ? each : undefined,
      )
      const after = comparable(server.payload, b, moved!, (each) => oldKeyOf.get(each))
      // An item closing a circle of references was written before the item it cites: its earlier versions lack
      // that reference (see UnitImportReport.completedLater); its statuses and its last state are whole.
      if (completedLater.includes(key)) {
        expect(after.map(({ status }) => status)).toEqual(before.map(({ status }) => status))
        expect({ key, state: after.at(-1) }).toEqual({ key, state: before.at(-1) })
      } else expect({ key, states: after }).toEqual({ key, states: before })
      if (item.file) {
        const [before, after] = [path.join(a.folder, item.file.path), path.join(b.folder, moved!.file!.path)]
        // Images go through the image pipeline again on upload (sharp re-encodes them): the same picture, not
        // the same bytes. Documents are stored as they are.
        if (item.file.mimeType.startsWith('image/')) {
          const [m1, m2] = await Promise.all([sharp(before).metadata(), sharp(after).metadata()])
          expect([m2.format, m2.width, m2.height]).toEqual([m1.format, m1.width, m1.height])
        } else expect(fs.readFileSync(after)).toEqual(fs.readFileSync(before))
      }
      compared += 1
    }
    expect(compared).toBe(a.items.length)
    // The rich news item: published, then a newer draft; both states came along.
    const richItem = a.items.find((item) => item.collection === 'news' && item.id === rich)!
    expect(richItem.states.at(-1)).toMatchObject({ status: 'draft' })
    expect(richItem.states.some((state) => state.status === 'published')).toBe(true)
  })

  it('imports the same archive into another unit with --as, and refuses a unit that has content', async () => {
    const asOther = await runCli('unit', ['import', archiveA, '--as', OTHER_UNIT], targetEnv())
    expect(asOther.output).toContain(`Imported into ${OTHER_UNIT}`)
    expect(asOther.code).toBe(0)
    const refused = await runCli('unit', ['import', archiveA], targetEnv())
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/The unit 28261 already has content: .*news \(\d+\)/)
  })

  it('refuses what is not a unit archive, and one with a path out of its folder, writing nothing', async () => {
    const notTar = path.join(work, 'not.tar.gz')
    fs.writeFileSync(notTar, 'this is not an archive')
    const bad = await runCli('unit', ['import', notTar, '--as', '28267'], targetEnv())
    expect(bad.code).toBe(1)
    expect(bad.output).toContain('not a unit archive')

    const hostile = path.join(work, 'hostile')
    fs.mkdirSync(path.join(hostile, 'files'), { recursive: true })
    fs.writeFileSync(path.join(hostile, 'manifest.json'), '{}')
    fs.writeFileSync(path.join(hostile, 'items.ndjson'), '')
    fs.symlinkSync('/etc/passwd', path.join(hostile, 'files', 'link'))
    const hostileFile = path.join(work, 'hostile.tar.gz')
    await tar.create({ cwd: hostile, file: hostileFile, gzip: true }, ['manifest.json', 'items.ndjson', 'files'])
    const refused = await runCli('unit', ['import', hostileFile, '--as', '28267'], targetEnv())
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('is not a plain file')

    // An upload whose file left the disk: the export says which and writes nothing.
    const unit = (await server.payload.find({ collection: 'units', where: { code: { equals: OTHER_UNIT } } })).docs[0]!
    const image = await create(
      server.payload,
      'media',
      { alt: 'Ảnh mất tệp', unit: unit.id },
      {
        file: await SAMPLES.media!.file!(),
      },
    )
    fs.rmSync(path.join(server.settings.uploadsDir, 'media', String(image.filename)))
    const lost = path.join(work, 'lost.tar.gz')
    const missing = await runCli('unit', ['export', OTHER_UNIT, '--out', lost], sourceEnv())
    expect(missing.code).toBe(1)
    expect(missing.output).toContain(`media ${image.id}: its file ${image.filename} is not in`)
    expect(fs.existsSync(lost)).toBe(false)
  })

  it('works over HTTP for province administrators: download an archive, load it into another unit', async () => {
    for (const [email, isSuperAdmin] of [
      ['super@tiengiang.gov.vn', true],
      ['editor@tiengiang.gov.vn', false],
    ] as const)
      await server.payload.create({
        collection: 'users',
        data: { email, isSuperAdmin, name: email, password: PASSWORD },
      })
    const superAdmin = await login(server.url, 'super@tiengiang.gov.vn', PASSWORD)
    const other = await login(server.url, 'editor@tiengiang.gov.vn', PASSWORD)
    const url = `${server.url}/api/unit-archive`

    expect((await fetch(`${url}?code=${SOURCE}`)).status).toBe(401)
    const forbidden = await fetch(`${url}?code=${SOURCE}`, { headers: { ...other.headers, 'accept-language': 'vi' } })
    expect(forbidden.status).toBe(403)
    expect(JSON.stringify(await forbidden.json())).toContain('Chỉ quản trị hệ thống')
    const unknown = await fetch(`${url}?code=khong-co`, { headers: superAdmin.headers })
    expect(unknown.status).toBe(404)

    const download = await fetch(`${url}?code=${SOURCE}`, { headers: superAdmin.headers })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/attachment; filename="don-vi-28261-.*\.tar\.gz"/)
    const archive = Buffer.from(await download.arrayBuffer())
    const file = path.join(work, 'http.tar.gz')
    fs.writeFileSync(file, archive)
    const { manifest } = await unpack(file)
    expect(manifest.unit.code).toBe(SOURCE)
    expect(manifest.versions).toBe(false)

    const upload = (content: Buffer, as: string, session = superAdmin) => {
      const body = new FormData()
      body.set('file', new Blob([new Uint8Array(content)], { type: 'application/gzip' }), 'don-vi.tar.gz')
      body.set('_payload', JSON.stringify({ as }))
      return fetch(url, { body, headers: { ...session.headers, 'accept-language': 'vi' }, method: 'POST' })
    }
    expect((await upload(archive, '28267', other)).status).toBe(403)
    const junk = await upload(Buffer.from('not an archive'), '28267')
    expect(junk.status).toBe(400)
    expect(await junk.json()).toMatchObject({ errors: [{ field: 'file', message: expect.stringContaining('tar') }] })
    const occupied = await upload(archive, SOURCE)
    expect(occupied.status).toBe(409)
    expect(await occupied.json()).toMatchObject({
      errors: [{ field: 'as', message: expect.stringContaining('Đơn vị 28261 đã có dữ liệu') }],
    })

    const loaded = await upload(archive, '28267')
    expect(loaded.status).toBe(200)
    const report = (await loaded.json()) as { collections: Record<string, number>; unit: string }
    expect(report.unit).toBe('28267')
    expect(report.collections).toEqual(manifest.collections)
    const target = (await server.payload.find({ collection: 'units', where: { code: { equals: '28267' } } })).docs[0]!
    const news = await server.payload.find({ collection: 'news', draft: true, where: { unit: { equals: target.id } } })
    expect(news.totalDocs).toBe(manifest.collections.news)
    // Its original unit is its own (the archive's items were written for 28261, which is this unit's source).
    expect(
      news.docs.every((doc) => String((doc.originUnit as { id: Id }).id ?? doc.originUnit) === String(target.id)),
    ).toBe(true)
  })
})
