import type { Payload } from 'payload'

import type { Id } from '../../src/base/ids'
import { COLLECTIONS } from '../../src/config/createConfig'
import { type UnitScoped, unitScopedOf } from '../../src/declaration'
import { ROLE_CAPABILITIES, type Capability } from '../../tenants/roles'
import { login } from '../helpers/http'
import { SAMPLES, type UploadFile } from '../helpers/samples'
import { ACTORS, createActors, emailOf, PASSWORD, UNIT_KEYS, type UnitKey, unitIds } from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * The isolation matrix of every unit-scoped collection, generated from the declarations: for each collection,
 * actor, operation and unit (over REST, with each person's session), what happened must
 * be what the declaration implies — unit-content access by role (`access: 'content'`), or unit settings for
 * managers only (`access: 'own'`: webhooks; their delivery log is written by the system alone). A collection
 * added later is covered the day it is declared (its sample goes in test/helpers/samples.ts).
 */
const UNIT_SCOPED = COLLECTIONS.flatMap((collection) => {
  const declaration = unitScopedOf(collection)
  return declaration ? [{ declaration, slug: collection.slug }] : []
})
const PARENT: Partial<Record<UnitKey, UnitKey>> = { C1: 'D', C2: 'D', D: 'P', S: 'P' }
const isBelow = (unit: UnitKey, above: UnitKey): boolean =>
  PARENT[unit] === above || (PARENT[unit] !== undefined && isBelow(PARENT[unit]!, above))
const OPERATIONS = ['find', 'findByID', 'count', 'create', 'update', 'delete', 'publish'] as const
type Operation = (typeof OPERATIONS)[number]
type Actor = keyof typeof ACTORS | 'anonymous'

/** The units where an actor holds a capability (assignments, sub-units included; super-admins everywhere). */
const granted = (actor: Actor, capability: Capability): Set<UnitKey> => {
  if (actor === 'anonymous') return new Set()
  const { assignments, superAdmin } = ACTORS[actor]!
  if (superAdmin) return new Set(UNIT_KEYS)
  return new Set(
    UNIT_KEYS.filter((unit) =>
      assignments.some(
        (assignment) =>
          ROLE_CAPABILITIES[assignment.role].includes(capability) &&
          (assignment.unit === unit || (assignment.includeSubunits && isBelow(unit, assignment.unit))),
      ),
    ),
  )
}

/** What the declaration implies for one cell. Reads are about the unit's standing draft (or item, without drafts). */
const expected = (
  declaration: UnitScoped,
  slug: string,
  actor: Actor,
  operation: Operation,
  unit: UnitKey,
): boolean => {
  if (operation === 'publish' && !declaration.drafts) return false
  if (declaration.access === 'own') {
    // Unit settings: managers read them; webhooks are theirs to change, the delivery log the system's alone.
    const manage = granted(actor, 'manage').has(unit)
    if (['find', 'findByID', 'count'].includes(operation)) return manage
    return slug === 'webhooks' && manage
  }
  if (declaration.onePerUnit && (operation === 'create' || operation === 'delete')) return false
  if (actor === 'anonymous') {
    // Visitors read what is public and published, of active units (all five here): the standing item only when
    // the collection has no drafts (it is a draft otherwise). They never write.
    return declaration.public && !declaration.drafts && ['find', 'findByID', 'count'].includes(operation)
  }
  // Citable content: staff also read the published items of the units above theirs (without drafts, every item).
  const reading = ['find', 'findByID', 'count'].includes(operation)
  const cites = [...granted(actor, 'read')].some((own) => isBelow(own, unit))
  if (reading && declaration.citable && !declaration.drafts && cites) return true
  const capability: Record<Operation, Capability> = {
    count: 'read',
    create: 'write',
    delete: 'delete',
    find: 'read',
    findByID: 'read',
    publish: 'publish',
    update: 'write',
  }
  return granted(actor, capability[operation]).has(unit)
}

let server: TestServer
let units: Record<UnitKey, Id>
let serial = 0
const sessions: Partial<Record<Actor, Record<string, string>>> = {}

beforeAll(async () => {
  server = await startTestServer()
  units = await unitIds(server.payload)
  await createActors(server.payload, units)
  for (const actor of Object.keys(ACTORS)) {
    sessions[actor as Actor] = (await login(server.url, emailOf(actor), PASSWORD)).headers
  }
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

type Stored = { _status?: string; id: Id; unit?: unknown } & Record<string, unknown>

/** An item made by the system (access bypassed), for a cell to act on. */
const systemItem = async (slug: string, declaration: UnitScoped, unit: UnitKey, status: 'draft' | 'published') => {
  const sample = SAMPLES[slug]!
  const n = ++serial
  const data = { ...(await sample.data({ n, payload: server.payload, unit: units[unit] })), unit: units[unit] }
  const doc = await (server.payload as Payload).create({
    collection: slug as never,
    data: (declaration.drafts ? { ...data, _status: status } : data) as never,
    draft: Boolean(declaration.drafts) && status === 'draft',
    file: sample.file ? await sample.file() : undefined,
  })
  return (doc as Stored).id
}

/** The item of a one-per-unit collection (made with the unit), as a draft again so reads are about a draft. */
const theOneOf = async (slug: string, unit: UnitKey) => {
  const { docs } = await server.payload.find({
    collection: slug as never,
    depth: 0,
    where: { unit: { equals: units[unit] } },
  })
  const id = (docs[0] as Stored).id
  await server.payload.update({ collection: slug as never, data: { _status: 'draft' } as never, id })
  return id
}

const stored = async (slug: string, id: Id) =>
  (await server.payload.findByID({
    collection: slug as never,
    depth: 0,
    disableErrors: true,
    draft: true,
    id,
  })) as Stored | null

/** One interface's answer to one operation: whether it was allowed, and for reads what it returned. */
type Client = {
  count: (slug: string, unit: Id, id: Id) => Promise<number>
  create: (slug: string, data: Record<string, unknown>, drafts: boolean, file?: UploadFile) => Promise<boolean>
  delete: (slug: string, id: Id) => Promise<boolean>
  find: (slug: string, unit: Id) => Promise<string[]>
  findByID: (slug: string, id: Id) => Promise<boolean>
  update: (slug: string, id: Id, data: Record<string, unknown>, drafts: boolean) => Promise<boolean>
}

const restClient = (headers: Record<string, string>): Client => {
  const call = (method: string, path: string, body?: Record<string, unknown>, file?: UploadFile) => {
    if (file) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
      form.append('_payload', JSON.stringify(body))
      return fetch(`${server.url}/api${path}`, { body: form, headers, method })
    }
    return fetch(`${server.url}/api${path}`, {
      body: body ? JSON.stringify(body) : undefined,
      headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      method,
    })
  }
  const okay = async (response: Promise<Response>) => {
    const answer = await response
    await answer.arrayBuffer()
    return answer.ok
  }
  const byUnit = (unit: Id) => `where[unit][equals]=${encodeURIComponent(String(unit))}`
  return {
    count: async (slug, unit, id) => {
      const answer = await call(
        'GET',
        `/${slug}/count?${byUnit(unit)}&where[id][equals]=${encodeURIComponent(String(id))}`,
      )
      return answer.ok ? ((await answer.json()) as { totalDocs: number }).totalDocs : 0
    },
    create: (slug, data, drafts, file) => okay(call('POST', `/${slug}${drafts ? '?draft=true' : ''}`, data, file)),
    delete: (slug, id) => okay(call('DELETE', `/${slug}/${id}`)),
    find: async (slug, unit) => {
      const answer = await call('GET', `/${slug}?limit=100&depth=0&${byUnit(unit)}`)
      return answer.ok ? ((await answer.json()) as { docs: Stored[] }).docs.map((doc) => String(doc.id)) : []
    },
    findByID: (slug, id) => okay(call('GET', `/${slug}/${id}?draft=true&depth=0`)),
    update: (slug, id, data, drafts) => okay(call('PATCH', `/${slug}/${id}${drafts ? '?draft=true' : ''}`, data)),
  }
}

/** Runs one cell: was it allowed, and does what is stored agree (a denied write changes nothing)? */
const runCell = async (
  client: Client,
  slug: string,
  declaration: UnitScoped,
  operation: Operation,
  unit: UnitKey,
  standing: Id,
) => {
  const sample = SAMPLES[slug]!
  const drafts = Boolean(declaration.drafts)
  const problems: string[] = []
  const agree = (what: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      problems.push(`${what}: got ${JSON.stringify(actual)}, stored says ${JSON.stringify(wanted)}`)
  }
  let allowed: boolean
  // One item per unit (the unit profile, made with the unit): there is no second to create, and the one there
  // stays for the other cells.
  if (declaration.onePerUnit && (operation === 'create' || operation === 'delete')) return { allowed: false, problems }
  switch (operation) {
    case 'find':
      allowed = (await client.find(slug, units[unit])).includes(String(standing))
      break
    case 'findByID':
      allowed = await client.findByID(slug, standing)
      break
    case 'count':
      allowed = (await client.count(slug, units[unit], standing)) === 1
      break
    case 'create': {
      const n = ++serial
      const data = {
        ...(await sample.data({ n, payload: server.payload, unit: units[unit] })),
        unit: units[unit],
        ...(drafts ? { _status: 'draft' } : {}),
      }
      const before = (
        await server.payload.count({ collection: slug as never, where: { unit: { equals: units[unit] } } })
      ).totalDocs
      allowed = await client.create(slug, data, drafts, sample.file ? await sample.file() : undefined)
      const after = (
        await server.payload.count({ collection: slug as never, where: { unit: { equals: units[unit] } } })
      ).totalDocs
      agree('created', after - before, allowed ? 1 : 0)
      break
    }
    case 'update': {
      const id = declaration.onePerUnit ? standing : await systemItem(slug, declaration, unit, 'draft')
      const change = sample.change(++serial)
      allowed = await client.update(slug, id, change, drafts)
      const [field, value] = Object.entries(change)[0]!
      agree('changed', (await stored(slug, id))?.[field] === value, allowed)
      break
    }
    case 'delete': {
      const id = await systemItem(slug, declaration, unit, 'draft')
      allowed = await client.delete(slug, id)
      agree('deleted', (await stored(slug, id)) === null, allowed)
      break
    }
    case 'publish': {
      if (!drafts) return { allowed: false, problems }
      const id = declaration.onePerUnit ? standing : await systemItem(slug, declaration, unit, 'draft')
      allowed = await client.update(slug, id, { _status: 'published' }, false)
      agree('published', (await stored(slug, id))?._status === 'published', allowed)
      break
    }
  }
  return { allowed, problems }
}

describe('the isolation matrix of every unit-scoped collection, from its declaration', () => {
  it('covers every unit-scoped collection with a sample', () => {
    expect(UNIT_SCOPED.length).toBeGreaterThanOrEqual(10)
    expect(UNIT_SCOPED.filter(({ slug }) => !SAMPLES[slug]).map(({ slug }) => slug)).toEqual([])
  })

  for (const { declaration, slug } of UNIT_SCOPED) {
    it(`${slug}: allows exactly what the declaration implies, and denied writes change nothing`, async () => {
      const standing = {} as Record<UnitKey, Id>
      for (const unit of UNIT_KEYS)
        standing[unit] = declaration.onePerUnit
          ? await theOneOf(slug, unit)
          : await systemItem(slug, declaration, unit, 'draft')
      const wrong: string[] = []
      let cells = 0
      for (const actor of [...Object.keys(ACTORS), 'anonymous'] as Actor[]) {
        // REST, as portals and the admin panel call it; the Local API runs the same access rules (the news matrix,
        // test/tenancy/isolationMatrix.test.ts, checks that all three interfaces agree).
        const clients = { rest: restClient(actor === 'anonymous' ? {} : sessions[actor]!) }
        for (const [name, client] of Object.entries(clients)) {
          for (const operation of OPERATIONS) {
            for (const unit of UNIT_KEYS) {
              cells++
              const cell = `${slug} ${actor} ${name} ${operation} ${unit}`
              const { allowed, problems } = await runCell(client, slug, declaration, operation, unit, standing[unit])
              // The one item of a unit is acted on in place: back to a draft for the next cell.
              if (declaration.onePerUnit)
                await server.payload.update({
                  collection: slug as never,
                  data: { _status: 'draft' } as never,
                  id: standing[unit],
                })
              if (allowed !== expected(declaration, slug, actor, operation, unit))
                wrong.push(`${cell}: ${allowed ? 'allowed' : 'denied'}`)
              wrong.push(...problems.map((problem) => `${cell}: ${problem}`))
            }
          }
        }
      }
      expect(wrong).toEqual([])
      expect(cells).toBe((Object.keys(ACTORS).length + 1) * OPERATIONS.length * UNIT_KEYS.length)
    })
  }
})
