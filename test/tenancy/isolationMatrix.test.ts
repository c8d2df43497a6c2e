import type { Id } from '../../src/base/ids'
import { login } from '../helpers/http'
import { graphqlClient, localClient, type NewsClient, restClient } from '../helpers/newsClients'
import {
  ACTORS,
  type ActorName,
  createActors,
  emailOf,
  PASSWORD,
  UNIT_KEYS,
  type UnitKey,
  unitIds,
} from '../helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Who may do what where, written out by hand: for each actor and operation, the units where it is allowed.
 * Everything not listed is denied. Read-type cells are about a unit's draft and published items; `move` moves
 * an item of the unit to its partner unit (C1→C2, C2→C1, D→C1, S→P, P→S).
 */
const ALL = 'C1 C2 D S P'
const EXPECTED: Record<ActorName | 'anonymous', Record<Operation, string>> = {
  adminC1: {
    count: 'C1',
    create: 'C1',
    delete: 'C1',
    find: 'C1',
    findByID: 'C1',
    move: '',
    publish: 'C1',
    update: 'C1',
    versions: 'C1',
  },
  adminD: {
    count: 'C1 C2 D',
    create: 'C1 C2 D',
    delete: 'C1 C2 D',
    find: 'C1 C2 D',
    findByID: 'C1 C2 D',
    move: 'C1 C2 D',
    publish: 'C1 C2 D',
    update: 'C1 C2 D',
    versions: 'C1 C2 D',
  },
  anonymous: {
    count: '',
    create: '',
    delete: '',
    find: '',
    findByID: '',
    move: '',
    publish: '',
    update: '',
    versions: '',
  },
  approverC1: {
    count: 'C1',
    create: 'C1',
    delete: 'C1',
    find: 'C1',
    findByID: 'C1',
    move: '',
    publish: 'C1',
    update: 'C1',
    versions: 'C1',
  },
  editorC1: {
    count: 'C1',
    create: 'C1',
    delete: '',
    find: 'C1',
    findByID: 'C1',
    move: '',
    publish: '',
    update: 'C1',
    versions: 'C1',
  },
  editorD: {
    count: 'D',
    create: 'D',
    delete: '',
    find: 'D',
    findByID: 'D',
    move: '',
    publish: '',
    update: 'D',
    versions: 'D',
  },
  editorS: {
    count: 'S',
    create: 'S',
    delete: '',
    find: 'S',
    findByID: 'S',
    move: '',
    publish: '',
    update: 'S',
    versions: 'S',
  },
  super: {
    count: ALL,
    create: ALL,
    delete: ALL,
    find: ALL,
    findByID: ALL,
    move: ALL,
    publish: ALL,
    update: ALL,
    versions: ALL,
  },
}
const OPERATIONS = ['find', 'findByID', 'count', 'create', 'update', 'delete', 'publish', 'versions', 'move'] as const
type Operation = (typeof OPERATIONS)[number]
const PARTNER: Record<UnitKey, UnitKey> = { C1: 'C2', C2: 'C1', D: 'C1', P: 'S', S: 'P' }

let server: TestServer
let units: Record<UnitKey, Id>
const standing: Record<UnitKey, { draft: Id; published: Id }> = {} as never
let serial = 0

beforeAll(async () => {
  server = await startTestServer()
  units = await unitIds(server.payload)
  await createActors(server.payload, units)
  for (const key of UNIT_KEYS) {
    const published = await newsIn(key, 'published')
    const draft = await newsIn(key, 'draft')
    standing[key] = { draft, published }
  }
})
afterAll(async () => {
  await server?.stop()
})

/** An item made by the system (access bypassed), for a cell to act on. */
const newsIn = async (unit: UnitKey, status: 'draft' | 'published') => {
  const doc = await server.payload.create({
    collection: 'news',
    data: { _status: status, title: `Tin ${unit} ${status} ${++serial}`, unit: units[unit] as number },
    draft: status === 'draft',
  })
  return doc.id
}

const stored = (id: Id) =>
  server.payload.findByID({ collection: 'news', depth: 0, disableErrors: true, draft: true, id }) as Promise<{
    _status: string
    title: string
    unit: Id
  } | null>

/** The ids stored for a unit (published ones only, if asked), as the system sees them. */
const storedIds = async (unit: Id, publishedOnly: boolean) => {
  const { docs } = await server.payload.find({
    collection: 'news',
    depth: 0,
    limit: 0,
    where: { and: [{ unit: { equals: unit } }, ...(publishedOnly ? [{ _status: { equals: 'published' } }] : [])] },
  })
  return docs.map((doc) => String(doc.id)).sort()
}

/** Runs one cell and says whether it was allowed, checking the stored data agrees (denied writes change nothing). */
const runCell = async (
  client: NewsClient,
  operation: Operation,
  unit: UnitKey,
  anonymous: boolean,
): Promise<boolean> => {
  const unitId = units[unit]
  const { draft, published } = standing[unit]
  switch (operation) {
    case 'find': {
      // Allowed: every item of the unit, drafts included. Anonymous: its published items only. Denied: nothing.
      const seen = await client.find(unitId)
      if (seen.length === 0) return false
      const expected = await storedIds(unitId, anonymous)
      expect(seen).toContain(String(anonymous ? published : draft))
      return expectAndReturn(seen, expected, !anonymous)
    }
    case 'findByID':
      return client.findByID(draft)
    case 'count': {
      const count = await client.count(unitId)
      if (count === 0) return false
      return expectAndReturn(count, (await storedIds(unitId, anonymous)).length, !anonymous)
    }
    case 'versions':
      return client.versions(draft)
    case 'create': {
      const title = `Tạo mới ${++serial}`
      const allowed = await client.create(unitId, title)
      const { totalDocs } = await server.payload.count({ collection: 'news', where: { title: { equals: title } } })
      return expectAndReturn(totalDocs, allowed ? 1 : 0, allowed)
    }
    case 'update': {
      const id = await newsIn(unit, 'draft')
      const title = `Đã sửa ${++serial}`
      const allowed = await client.update(id, title)
      return expectAndReturn((await stored(id))?.title === title, allowed, allowed)
    }
    case 'delete': {
      const id = await newsIn(unit, 'draft')
      const allowed = await client.delete(id)
      return expectAndReturn((await stored(id)) === null, allowed, allowed)
    }
    case 'publish': {
      const id = await newsIn(unit, 'draft')
      const allowed = await client.publish(id)
      return expectAndReturn((await stored(id))?._status === 'published', allowed, allowed)
    }
    case 'move': {
      const id = await newsIn(unit, 'draft')
      const target = units[PARTNER[unit]]
      const allowed = await client.move(id, target)
      return expectAndReturn(String((await stored(id))?.unit) === String(target), allowed, allowed)
    }
  }
}

/** Disagreements between what an interface answered and what is stored; each is a failure of its cell. */
const inconsistencies: string[] = []
let currentCell = ''

const expectAndReturn = <T>(actual: T, expected: T, result: boolean): boolean => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    inconsistencies.push(`${currentCell}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`)
  }
  return result
}

const clientsFor = async (actor: ActorName | 'anonymous'): Promise<Record<string, NewsClient>> => {
  if (actor === 'anonymous') {
    return {
      graphql: graphqlClient(server.url, {}),
      local: localClient(server.payload, undefined),
      rest: restClient(server.url, {}),
    }
  }
  const user = (await server.payload.find({ collection: 'users', where: { email: { equals: emailOf(actor) } } }))
    .docs[0]
  const session = await login(server.url, emailOf(actor), PASSWORD)
  return {
    graphql: graphqlClient(server.url, session.headers),
    local: localClient(server.payload, { ...user, collection: 'users' }),
    rest: restClient(server.url, session.headers),
  }
}

// One test per actor: the whole matrix is 2,000-odd requests, over two minutes on PostgreSQL when the machine is
// busy; each actor's row stays well within a test's time.
describe('the isolation matrix: actors × units × operations × interfaces', () => {
  it.each([...Object.keys(ACTORS), 'anonymous'] as Array<ActorName | 'anonymous'>)(
    '%s: allowed exactly what EXPECTED lists, denied everything else',
    async (actor) => {
      const mismatches: string[] = []
      let cells = 0
      const clients = await clientsFor(actor)
      for (const [interfaceName, client] of Object.entries(clients)) {
        for (const operation of OPERATIONS) {
          const allowedUnits = EXPECTED[actor][operation].split(' ').filter(Boolean)
          for (const unit of UNIT_KEYS) {
            cells++
            currentCell = `${actor} ${interfaceName} ${operation} ${unit}`
            const allowed = await runCell(client, operation, unit, actor === 'anonymous')
            if (allowed !== allowedUnits.includes(unit)) {
              mismatches.push(`${actor} ${interfaceName} ${operation} ${unit}: ${allowed ? 'allowed' : 'denied'}`)
            }
          }
        }
      }
      process.stdout.write(`isolation matrix, ${actor}: ${cells} cells checked, ${mismatches.length} wrong\n`)
      expect(mismatches).toEqual([])
      expect(inconsistencies).toEqual([])
      expect(cells).toBe(3 * OPERATIONS.length * UNIT_KEYS.length)
    },
  )
})
