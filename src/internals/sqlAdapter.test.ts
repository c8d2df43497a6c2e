import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

import { runStatement } from './payloadTables'
import {
  adapterName,
  executeSql,
  lockInTransaction,
  moveUnitRows,
  planOnceInTransaction,
  sqliteClientOf,
  sqlPoolOf,
} from './sqlAdapter'

let server: TestServer
type PoolClient = { query: (sql: string) => Promise<{ rows: unknown[] }>; release: () => void }

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/**
 * The SQL adapters' undeclared members this project relies on. If an upgrade of @payloadcms/db-sqlite or
 * @payloadcms/db-postgres renames them, this fails here instead of leaving connections open at shutdown (the
 * process never exits), pool errors unhandled (the server dies on a PostgreSQL restart) or statistics unread.
 */
describe('SQL adapter internals', () => {
  it('PostgreSQL: the pool the adapter keeps a client of can be closed at once (pg-pool _clients, _idle)', async () => {
    if (adapterName(server.payload) !== 'postgres') return
    const pool = sqlPoolOf(server.payload) as unknown as { _clients?: unknown[]; _idle?: unknown[]; totalCount: number }
    expect(Array.isArray(pool._clients) && Array.isArray(pool._idle)).toBe(true)
    // Payload's adapter holds one client for its whole life: the pool has more clients than idle ones.
    expect(pool._clients!.length).toBeGreaterThan(pool._idle!.length)
  })

  it('run a statement of our own on the adapter’s connection (drizzle + execute)', async () => {
    const rows = await executeSql(server.payload, 'select 1 as one')
    expect(rows).toHaveLength(1)
  })

  it('PostgreSQL: connections compile no query (jit off, src/db/adapter.ts: 3 s of compiling for a 0.5 ms read)', async () => {
    if (adapterName(server.payload) !== 'postgres') return
    const pool = sqlPoolOf(server.payload) as unknown as { connect: () => Promise<PoolClient> }
    // Every connection of the pool, not only the one the adapter happens to hold.
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()])
    try {
      for (const client of clients) expect((await client.query('show jit')).rows).toEqual([{ jit: 'off' }])
    } finally {
      for (const client of clients) client.release()
    }
    expect(await executeSql(server.payload, 'show jit')).toEqual([{ jit: 'off' }])
  })

  it('PostgreSQL: take an advisory lock in a request’s transaction (adapter.sessions[transactionID].db)', async () => {
    const req = await createLocalReq({}, server.payload)
    await initTransaction(req)
    const taken = await lockInTransaction(req, 4242)
    expect(taken).toBe(adapterName(server.payload) === 'postgres')
    if (taken) {
      const held = await executeSql(
        server.payload,
        'select count(*)::int as n from pg_locks where locktype = $$advisory$$',
      )
      expect(held).toEqual([{ n: 1 }])
    }
    await commitTransaction(req)
  })

  it('PostgreSQL: plan a bulk writer’s statements once for its transaction only (SET LOCAL plan_cache_mode)', async () => {
    const req = await createLocalReq({}, server.payload)
    await initTransaction(req)
    const set = await planOnceInTransaction(req)
    expect(set).toBe(adapterName(server.payload) === 'postgres')
    if (set) {
      expect(await runStatement(req, sql`show plan_cache_mode`)).toEqual([{ plan_cache_mode: 'auto' }])
      // Others' statements meanwhile keep planning every run.
      expect(await executeSql(server.payload, 'show plan_cache_mode')).toEqual([
        { plan_cache_mode: 'force_custom_plan' },
      ])
    }
    await commitTransaction(req)
    if (set) {
      const pool = sqlPoolOf(server.payload) as unknown as { connect: () => Promise<PoolClient> }
      const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()])
      try {
        for (const client of clients)
          expect((await client.query('show plan_cache_mode')).rows).toEqual([{ plan_cache_mode: 'force_custom_plan' }])
      } finally {
        for (const client of clients) client.release()
      }
    }
  })

  it('keep the connection to close where this project looks for it: the pg Pool or the libSQL client', () => {
    const name = adapterName(server.payload)
    if (name === 'postgres') {
      expect(typeof sqlPoolOf(server.payload)?.end).toBe('function')
      expect(typeof sqlPoolOf(server.payload)?.on).toBe('function')
    } else {
      expect(name).toBe('sqlite')
      expect(typeof sqliteClientOf(server.payload)?.close).toBe('function')
      expect(sqlPoolOf(server.payload)).toBeUndefined()
    }
  })

  it('move a unit’s rows and versions in one statement each (tableNameMap, unit_id, version_unit_id)', async () => {
    const { payload } = server
    const { docs: units } = await payload.find({
      collection: 'units',
      limit: 2,
      where: { code: { in: ['28261', '28264'] } },
    })
    const [from, to] = units.map((unit) => unit.id)
    const news = await payload.create({
      collection: 'news',
      data: { title: 'Tin chuyển đơn vị', unit: from as number },
      draft: true,
    })
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const moved = await moveUnitRows(req, { collection: 'news', from, to, versions: true })
    await commitTransaction(req)
    expect(moved).toBe(true)
    expect(await payload.findByID({ collection: 'news', depth: 0, draft: true, id: news.id })).toMatchObject({
      unit: to,
    })
    const versions = await payload.findVersions({
      collection: 'news',
      depth: 0,
      where: { parent: { equals: news.id } },
    })
    expect(versions.docs.length).toBeGreaterThan(0)
    expect(versions.docs.every((version) => version.version.unit === to)).toBe(true)
  })
})
