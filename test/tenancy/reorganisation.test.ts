import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Id } from '../../src/base/ids'
import { applyPlan } from '../../src/reorganisation/apply'
import { planAgainstNow, readPlanFile } from '../../src/reorganisation/planFile'
import { movingCollections } from '../../src/reorganisation/state'
import { runCli } from '../helpers/cli'
import {
  MAPPING,
  NEW_COMMUNES,
  officialList as csv,
  planFromOfficialLists,
  REMOVED,
  siblingSuccessors,
} from '../helpers/officialPlan'
import { gql, json, login } from '../helpers/http'
import { SAMPLES } from '../helpers/samples'
import { PASSWORD } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * The real case, end to end: the seeded 2023 Tiền Giang (202 units) with content in every unit, brought to the
 * structure of 1/7/2025 by a plan file made from the official lists (tenants/data, from ../shared/data): the
 * province becomes Tỉnh Đồng Tháp, the 11 districts are abolished, 164 communes become 57 as Resolution 1663
 * says, the former Đồng Tháp's 45 communes are provisioned empty.
 */

let server: TestServer
let payload: Payload
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-reorganisation-'))
const ids = new Map<string, Id>()
const idOf = (code: string) => ids.get(code)!

/** Items per content collection (those that move with their unit), all units together. */
const totals = async () => {
  const counts: Record<string, number> = {}
  for (const collection of movingCollections(payload)) {
    counts[collection.slug] = (
      await payload.count({ collection: collection.slug as 'news', overrideAccess: true })
    ).totalDocs
  }
  return counts
}

const cli = (args: string[]) =>
  runCli('reorganise', args, {
    DATABASE_URI: server.database.uri,
    PAYLOAD_SECRET: 'reorganise-cli-secret-0123456789abcdef',
  })

const successorCode = new Map<string, string>()

beforeAll(async () => {
  server = await startTestServer()
  payload = server.payload
  const { docs: units } = await payload.find({ collection: 'units', limit: 0, pagination: false })
  for (const unit of units) ids.set(unit.code, unit.id)
  // Content in every unit, the same slug, procedure code and document number in each (mergers must keep them all).
  const context = { bulkImport: true, importing: true }
  for (const unit of units) {
    for (const collection of ['news', 'procedures', 'legal-documents'] as const) {
      const data = await SAMPLES[collection]!.data({ n: 1, payload, unit: unit.id })
      await payload.create({
        collection,
        context,
        data: { ...data, _status: 'published', unit: unit.id } as never,
        overrideAccess: true,
      })
    }
  }
  await payload.create({
    collection: 'users',
    data: { email: 'super@tiengiang.gov.vn', isSuperAdmin: true, name: 'super', password: PASSWORD },
  })
  const person = (email: string, unit: string, role: 'approver' | 'editor' | 'unit-admin') =>
    payload.create({
      collection: 'users',
      data: { assignments: [{ role, unit: idOf(unit) as number }], email, name: email, password: PASSWORD },
    })
  await person('bientap.phuong4@tiengiang.gov.vn', '28252', 'editor') // Phường 4 → Phường Đạo Thạnh
  await person('quantri.phuong5@tiengiang.gov.vn', '28249', 'unit-admin') // Phường 5 becomes Phường Đạo Thạnh
  await person('bientap.mytho@tiengiang.gov.vn', '815', 'editor') // the district ends
  await person('bientap.sotuphap@tiengiang.gov.vn', 'so-tu-phap', 'editor') // untouched
  await payload.create({
    collection: 'webhooks',
    data: { events: ['publish'], unit: idOf('28249') as number, url: 'https://daothanh.example.gov.vn/hook' },
    overrideAccess: true,
  })
  for (const row of MAPPING) successorCode.set(row['old_code_2025-03']!, row['new_code_2025-07']!)
}, 600_000)

afterAll(async () => {
  await server?.stop()
  fs.rmSync(folder, { force: true, recursive: true })
})

describe('the 2025 reorganisation of Tiền Giang into Đồng Tháp, from the official lists', () => {
  let before: Record<string, number>
  const planFile = path.join(folder, 'ke-hoach-2025.csv')

  it('stops at the units the source gives no successor, naming each, and writes nothing', async () => {
    before = await totals()
    fs.writeFileSync(planFile, `\uFEFF${planFromOfficialLists()}\n`)
    const run = await cli(['plan', planFile])
    expect(run.code).toBe(1)
    for (const removed of REMOVED) expect(run.output).toContain(`(${removed.code}) thuộc`)
    expect(run.output).toContain('8 chỗ bị từ chối, chưa thực hiện gì')
    // apply refuses the same way and changes nothing
    expect((await cli(['apply', planFile])).code).toBe(1)
    expect(await totals()).toEqual(before)
    const province = await payload.findByID({ collection: 'units', id: idOf('82'), locale: 'vi' })
    expect(province.name).toBe('Tỉnh Tiền Giang')
  }, 300_000)

  it('applies once successors are given: content conserved, old addresses lead to the successors', async () => {
    // The test gives each removed unit a successor: the new unit its former district's first ward went to.
    const given = siblingSuccessors()
    for (const [code, successor] of Object.entries(given)) successorCode.set(code, successor)
    fs.writeFileSync(planFile, planFromOfficialLists(given))
    const dry = await cli(['plan', planFile])
    expect(dry.code).toBe(0)
    expect(dry.output).toContain(
      'bientap.mytho@tiengiang.gov.vn: Biên tập viên tại 815 → bỏ vai trò này (không còn vai trò nào',
    )
    expect(dry.output).toContain('bientap.phuong4@tiengiang.gov.vn: Biên tập viên tại 28252 → Biên tập viên tại 28249')
    expect(await totals()).toEqual(before)

    const run = await cli(['apply', planFile])
    expect(run.output).toContain('Đã thực hiện')
    expect(run.code).toBe(0)

    // Nothing deleted, per collection; nothing left in a unit that ended. Each new unit got its profile.
    expect(await totals()).toEqual(before)
    expect((await payload.count({ collection: 'unit-profiles' })).totalDocs).toBe(202 + 45)
    const ended = (
      await payload.find({ collection: 'units', depth: 0, limit: 0, where: { status: { not_equals: 'active' } } })
    ).docs
    expect(ended.filter((unit) => unit.level === 'district')).toHaveLength(11)
    const kept = NEW_COMMUNES.filter((row) =>
      csv('units.csv').some((unit) => unit.code === row.code && row.level === 'commune'),
    )
    expect(ended.filter((unit) => unit.level === 'commune')).toHaveLength(172 - kept.length)
    for (const collection of ['news', 'procedures', 'legal-documents'] as const) {
      const left = await payload.count({ collection, where: { unit: { in: ended.map((unit) => unit.id) } } })
      expect([collection, left.totalDocs]).toEqual([collection, 0])
    }
    // The province and the structure of 1/7/2025: 18 departments and 102 communes directly under it.
    const province = await payload.findByID({ collection: 'units', id: idOf('82'), locale: 'vi' })
    expect(province).toMatchObject({ domains: [{ domain: 'dongthap.gov.vn' }], name: 'Tỉnh Đồng Tháp' })
    const active = (
      await payload.find({ collection: 'units', depth: 0, limit: 0, where: { status: { equals: 'active' } } })
    ).docs
    expect(active.filter((unit) => unit.level === 'commune')).toHaveLength(102)
    expect(active.filter((unit) => unit.level === 'department')).toHaveLength(18)
    expect(active.every((unit) => unit.level === 'province' || String(unit.parent) === String(idOf('82')))).toBe(true)
    const daoThanh = await payload.find({ collection: 'units', where: { code: { equals: '28249' } } })
    expect(daoThanh.docs[0]).toMatchObject({ name: 'Phường Đạo Thạnh', treeKey: '82/328249' })
    // The merged communes' procedures all survive in the successor, each with its original unit.
    const procedures = await payload.find({
      collection: 'procedures',
      depth: 0,
      limit: 0,
      where: { unit: { equals: idOf('28249') } },
    })
    const merged = MAPPING.filter((row) => row['new_code_2025-07'] === '28249').length
    expect(procedures.docs).toHaveLength(
      merged + REMOVED.filter((row) => successorCode.get(row.code!) === '28249').length,
    )
    expect(new Set(procedures.docs.map((doc) => String(doc.originUnit))).size).toBe(procedures.docs.length)
    // Its portal counts them all by field, though they moved without hooks (src/fieldCounts).
    const { body } = await gql(
      server.url,
      '{ procedureFields { count } Procedures(limit: 100) { totalDocs } }',
      undefined,
      {
        'x-portal-unit': '28249',
      },
    )
    const counted = (body.data.procedureFields as Array<{ count: number }>).reduce((sum, row) => sum + row.count, 0)
    expect([counted, body.data.Procedures.totalDocs]).toEqual([procedures.docs.length, procedures.docs.length])
  }, 900_000)

  it('answers old domains, slugs and item addresses with the successor, telling frontends to redirect', async () => {
    const { docs: units } = await payload.find({ collection: 'units', limit: 0, pagination: false })
    const byId = new Map(units.map((unit) => [String(unit.id), unit]))
    // Every 2023 commune's old domain leads to its successor (the mapping's, or the one the test gave).
    const communes = csv('units.csv').filter((row) => row.level === 'commune')
    let checked = 0
    for (const row of communes) {
      const unit = units.find((each) => each.code === row.code)!
      // A ward that kept its code was renamed and its domain followed the province's: the old one is a former one.
      const oldDomain = unit.formerAddresses?.[0]?.domain ?? unit.domains?.[0]?.domain
      const answer = await json(
        await fetch(`${server.url}/api/address`, { headers: { 'x-forwarded-host': oldDomain! } }),
      )
      expect([row.code, answer.status, answer.body.unit?.code]).toEqual([row.code, 200, successorCode.get(row.code!)])
      expect(answer.body.redirect).toBe(true)
      checked += 1
    }
    expect(checked).toBe(172)
    // A district's old domain leads to the province; the province's old one too.
    const myTho = byId.get(String(idOf('815')))!
    const district = await json(await fetch(`${server.url}/api/address?unit=${myTho.domains![0]!.domain}`))
    expect(district.body).toMatchObject({ redirect: true, unit: { code: '82', domain: 'dongthap.gov.vn' } })
    const province = await json(await fetch(`${server.url}/api/address?unit=tiengiang.gov.vn`))
    expect(province.body).toMatchObject({ named: { code: '82' }, redirect: true, unit: { code: '82' } })
    // A department keeps its portal under the new province's domain; the old domain still finds it.
    const department = byId.get(String(idOf('so-tu-phap')))!
    expect(department.domains![0]!.domain).toMatch(/\.dongthap\.gov\.vn$/)
    const oldDepartment = department.formerAddresses![0]!.domain!
    expect(oldDepartment).toMatch(/\.tiengiang\.gov\.vn$/)
    expect((await json(await fetch(`${server.url}/api/address?unit=${oldDepartment}`))).body).toMatchObject({
      redirect: true,
      unit: { code: 'so-tu-phap', domain: department.domains![0]!.domain },
    })
    // An old item slug: Phường 4's "tin-1" clashed with Phường Đạo Thạnh's own, so it moved under a new slug.
    const phuong4 = byId.get(String(idOf('28252')))!
    const item = await json(await fetch(`${server.url}/api/address?unit=${phuong4.slug}&collection=news&slug=tin-1`))
    expect(item.body).toMatchObject({ item: { collection: 'news', slug: `tin-1-${phuong4.slug}` }, redirect: true })
    const moved = await payload.findByID({ collection: 'news', depth: 0, id: item.body.item.id })
    expect(moved).toMatchObject({ formerSlug: 'tin-1', originUnit: idOf('28252'), unit: idOf('28249') })
    // The portal query says the same to a GraphQL frontend.
    const portal = await gql(
      server.url,
      `{ portal(unit: "${phuong4.slug}") { unit { code status } redirectTo { code } } }`,
    )
    expect(portal.body.data.portal).toEqual({
      redirectTo: { code: '28249' },
      unit: { code: '28252', status: 'merged' },
    })
    // Bad input is named.
    const bad = await json(await fetch(`${server.url}/api/address?unit=28252&collection=users&slug=x`))
    expect(bad).toMatchObject({ body: { errors: [{ field: 'collection' }] }, status: 400 })
    expect((await json(await fetch(`${server.url}/api/address?unit=khong-co`))).status).toBe(404)
  }, 300_000)

  it('keeps everyone at their work, and isolation between the new units', async () => {
    const editor = await payload.find({
      collection: 'users',
      depth: 0,
      where: { email: { equals: 'bientap.phuong4@tiengiang.gov.vn' } },
    })
    expect(editor.docs[0]!.assignments).toMatchObject([{ role: 'editor', unit: idOf('28249') }])
    const district = await payload.find({
      collection: 'users',
      depth: 0,
      where: { email: { equals: 'bientap.mytho@tiengiang.gov.vn' } },
    })
    expect(district.docs[0]!.assignments).toEqual([])
    // The editor reads the successor's items, their own former unit's included, and writes a draft there.
    const session = await login(server.url, 'bientap.phuong4@tiengiang.gov.vn', PASSWORD)
    const own = await json(
      await fetch(`${server.url}/api/news?where[originUnit][equals]=${idOf('28252')}&draft=true`, {
        headers: session.headers,
      }),
    )
    expect(own.body.totalDocs).toBe(1)
    const write = await json(
      await fetch(`${server.url}/api/news?draft=true`, {
        body: JSON.stringify({ title: 'Tin của phường mới', unit: idOf('28249') }),
        headers: { ...session.headers, 'content-type': 'application/json' },
        method: 'POST',
      }),
    )
    expect(write.status).toBe(201)
    // A slice of the isolation matrix: not another new ward's drafts, not its writes.
    const other = successorCode.get('28264')!
    expect(other).not.toBe('28249')
    const foreign = await json(
      await fetch(`${server.url}/api/news?where[unit][equals]=${idOf(other)}&draft=true`, { headers: session.headers }),
    )
    expect(foreign.body.totalDocs).toBe(0)
    const { docs } = await payload.find({ collection: 'news', limit: 1, where: { unit: { equals: idOf(other) } } })
    const foreignWrite = await fetch(`${server.url}/api/news/${docs[0]!.id}`, {
      body: JSON.stringify({ title: 'x' }),
      headers: { ...session.headers, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect([403, 404]).toContain(foreignWrite.status)
    // Anonymous readers of the successor's portal see the merged wards' published news; the old portal shows none.
    const portalNews = await json(
      await fetch(`${server.url}/api/news?limit=50`, { headers: { 'x-portal-unit': '28249' } }),
    )
    expect(portalNews.body.docs.length).toBeGreaterThanOrEqual(4)
    const oldPortal = await json(
      await fetch(`${server.url}/api/news?limit=50`, { headers: { 'x-portal-unit': '28252' } }),
    )
    expect(oldPortal.body.docs).toEqual([])
    // The successor's webhook heard of the reorganisation once.
    const deliveries = await payload.find({
      collection: 'webhook-deliveries',
      where: { event: { equals: 'reorganise' } },
    })
    expect(deliveries.docs).toHaveLength(1)
    // Each step is in the audit log.
    const logged = await payload.count({ collection: 'audit-entries', where: { action: { equals: 'reorganise' } } })
    expect(logged.totalDocs).toBeGreaterThan(200)
  }, 300_000)

  it('changes nothing when the same plan runs again', async () => {
    const counts = await totals()
    const plan = await planAgainstNow(payload, readPlanFile(fs.readFileSync(planFile, 'utf8'), 'csv'))
    expect(plan.refusals).toEqual([])
    expect(plan.steps.filter((step) => !step.done)).toEqual([])
    const report = await applyPlan(payload, plan)
    expect(report.applied).toEqual([])
    const run = await cli(['apply', planFile])
    expect(run.output).toContain('Không có gì phải làm')
    expect(await totals()).toEqual(counts)
  }, 300_000)
})
