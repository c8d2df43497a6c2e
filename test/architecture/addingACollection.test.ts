import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { COLLECTIONS } from '../../src/config/createConfig'
import { writeMigrations } from '../../src/config/writeMigrations'
import { readSettings } from '../../src/settings/settings'
import { verifySignature } from '../../src/webhooks/signature'
import { gql } from '../helpers/http'
import { UNIT_CODES, unitIds } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { Notices } from './Notices'

/**
 * The README's promise: a unit-scoped, drafted, searchable, cached, inherited collection with webhooks is one
 * folder (./Notices), one line in the collection list and the generated migrations. This builds that config,
 * generates the migrations exactly as `npm run migrate:create` does, and checks each feature on the real server.
 */
const collections = [...COLLECTIONS, Notices]
const scratch = path.resolve('.tmp', `notices-${process.pid}-${randomBytes(3).toString('hex')}`)
let server: TestServer
let units: Awaited<ReturnType<typeof unitIds>>
const received: Array<{ body: Record<string, unknown>; valid: boolean }> = []
let receiver: http.Server
const SECRET = 'n'.repeat(64)

const portal = (code: string) => ({ 'x-portal-unit': code })
const titlesOf = (body: { docs?: Array<{ title: string }> }) => (body.docs ?? []).map((doc) => doc.title).sort()

beforeAll(async () => {
  const settings = readSettings({ NODE_ENV: 'test', PAYLOAD_SECRET: 'x'.repeat(32) })
  const dirFor = (kind: 'postgres' | 'sqlite') => {
    const dir = path.join(scratch, kind)
    fs.cpSync(path.resolve('migrations', kind), dir, { recursive: true })
    return dir
  }
  const written = await writeMigrations('notices', settings, dirFor, collections)
  expect({ postgres: written.postgres.length, sqlite: written.sqlite.length }).toEqual({ postgres: 1, sqlite: 1 })
  // Its search keys get their trigram indexes on PostgreSQL from the declaration, through the generator.
  const postgresMigration = fs.readFileSync(path.join(scratch, 'postgres', written.postgres[0]!), 'utf8')
  expect(postgresMigration).toContain('ON "notices_locales" USING gin ("title_key" gin_trgm_ops)')

  server = await startTestServer({ collections })
  const kind = server.database.kind === 'postgres' ? 'postgres' : 'sqlite'
  const file = written[kind][0]!
  const migration = (await import(path.join(scratch, kind, file))) as { down: never; up: never }
  await server.payload.db.migrate({
    migrations: [{ down: migration.down, name: file.replace(/\.ts$/, ''), up: migration.up }],
  })
  units = await unitIds(server.payload)

  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({
        body: JSON.parse(body),
        valid: verifySignature(
          SECRET,
          String(req.headers['x-portal-timestamp']),
          body,
          String(req.headers['x-portal-signature']),
        ),
      })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  await server.payload.create({
    collection: 'webhooks',
    data: { events: ['publish', 'unpublish'], secret: SECRET, unit: units.C1 as number, url },
  })
})
afterAll(async () => {
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)))
  await server?.stop()
  fs.rmSync(scratch, { force: true, recursive: true })
})

const create = (unit: keyof typeof units, title: string, extra: Record<string, unknown> = {}) =>
  server.payload.create({
    collection: 'notices' as never,
    data: { _status: 'published', title, unit: units[unit], ...extra } as never,
    draft: extra._status === 'draft',
  }) as Promise<{ id: number | string }>

describe('a collection added by declaration alone', () => {
  it('is unit-scoped and inherited: a portal reads its own published notices and those marked for its level, nothing else', async () => {
    await create('P', 'Thông báo của tỉnh cho các xã', { showOnSubunits: ['commune'] })
    await create('P', 'Thông báo riêng của tỉnh')
    await create('C1', 'Thông báo của phường một')
    await create('C1', 'Bản nháp của phường một', { _status: 'draft' })
    await create('C2', 'Thông báo của phường hai')
    const response = await fetch(`${server.url}/api/notices?limit=50`, { headers: portal(UNIT_CODES.C1) })
    expect(response.status).toBe(200)
    expect(titlesOf(await response.json())).toEqual(['Thông báo của phường một', 'Thông báo của tỉnh cho các xã'])
    // A visitor naming no portal reads nothing rather than every unit's notices.
    expect(titlesOf(await (await fetch(`${server.url}/api/notices`)).json())).toEqual([])
    // The plugin added the unit field, the inheritance field and the drafts.
    const notices = (
      server.payload.collections as Record<string, { config: { flattenedFields: Array<{ name: string }> } }>
    ).notices!
    const fields = notices.config.flattenedFields.map((field) => field.name)
    expect(fields).toEqual(expect.arrayContaining(['unit', 'showOnSubunits', 'titleKey', 'textKey', '_status']))
  })

  it('is searchable, folded: "thong bao phuong mot" finds "Thông báo của phường một" on that portal only', async () => {
    const mine = await (
      await fetch(`${server.url}/api/search?q=thong%20bao%20phuong%20mot`, { headers: portal(UNIT_CODES.C1) })
    ).json()
    expect(mine.docs.map((hit: { collection: string; heading: string }) => [hit.collection, hit.heading])).toEqual([
      ['notices', 'Thông báo của phường một'],
    ])
    const theirs = await (
      await fetch(`${server.url}/api/search?q=thong%20bao%20phuong%20mot`, { headers: portal(UNIT_CODES.C2) })
    ).json()
    expect(theirs.docs).toEqual([])
  })

  it('is cached, and a change invalidates the answers that showed it', async () => {
    const query = '{ Notices(limit: 50, sort: "title") { docs { id title } } }'
    const ask = () => gql(server.url, query, {}, portal(UNIT_CODES.C1))
    const first = await ask()
    const again = await ask()
    expect([first.response.headers.get('x-cache'), again.response.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
    const province = (first.body.data.Notices.docs as Array<{ id: number; title: string }>).find((doc) =>
      doc.title.includes('tỉnh'),
    )!
    await server.payload.update({
      collection: 'notices' as never,
      data: { title: 'Thông báo của tỉnh, đã sửa' } as never,
      id: province.id,
    })
    await new Promise((resolve) => setTimeout(resolve, 400)) // past the test servers' commit margin
    const after = await ask()
    expect(after.response.headers.get('x-cache')).toBe('MISS')
    expect(after.body.data.Notices.docs.map((doc: { title: string }) => doc.title)).toContain(
      'Thông báo của tỉnh, đã sửa',
    )
  })

  it('notifies the portals that show a published notice through their webhooks, signed', async () => {
    const notice = await create('C1', 'Thông báo mới cần báo cho cổng')
    await server.payload.jobs.run({ queue: 'webhooks' })
    const mine = received.filter((message) => message.body.id === String(notice.id))
    expect(mine.map((message) => [message.body.collection, message.body.event, message.valid])).toEqual([
      ['notices', 'publish', true],
    ])
  })

  it('has drafts and scheduling: the schedule endpoint answers for it', async () => {
    const response = await fetch(`${server.url}/api/notices/1/schedule`)
    expect(response.status).toBe(401)
  })

  it("keeps a notice's newest versions, as many as its declaration says (5), the current one among them", async () => {
    const notice = (await server.payload.create({
      collection: 'notices' as never,
      data: { _status: 'published', title: 'Thông báo sửa nhiều lần 0', unit: units.C1 } as never,
    })) as unknown as { id: number | string }
    const versionsOf = async () =>
      (
        await server.payload.findVersions({
          collection: 'notices' as never,
          limit: 0,
          pagination: false,
          sort: '-updatedAt',
          where: { parent: { equals: notice.id } },
        })
      ).docs.map((version) => (version.version as { title: string }).title)
    expect(await versionsOf()).toEqual(['Thông báo sửa nhiều lần 0'])
    const othersVersions = async () =>
      (
        await server.payload.findVersions({
          collection: 'notices' as never,
          limit: 1,
          where: { parent: { not_equals: notice.id } },
        })
      ).totalDocs
    const othersBefore = await othersVersions()
    expect(othersBefore).toBeGreaterThan(0)
    for (let edit = 1; edit <= 7; edit++)
      await server.payload.update({
        collection: 'notices' as never,
        data: { title: `Thông báo sửa nhiều lần ${edit}` } as never,
        id: notice.id,
      })
    expect(await versionsOf()).toEqual([7, 6, 5, 4, 3].map((edit) => `Thông báo sửa nhiều lần ${edit}`))
    // Other notices' histories are not touched.
    expect(await othersVersions()).toBe(othersBefore)
  })
})
