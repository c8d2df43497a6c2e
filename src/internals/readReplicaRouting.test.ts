import { readNewsTitles } from '../../test/helpers/http'
import { createContentWorld, type ContentWorld } from '../../test/helpers/contentFixtures'
import { type PostgresPair, startPostgresPair } from '../../test/helpers/postgresPair'
import { UNIT_CODES } from '../../test/helpers/tenancyFixtures'
import { startTestServer, type TestServer } from '../../test/helpers/testServer'

/**
 * Read replicas (DATABASE_REPLICA_URIS) against a real PostgreSQL primary and a real streaming replica started
 * for the test, with the replica's replay paused to make it lag on purpose: anonymous readers read the replica,
 * signed-in people and the cache's recomputations after an edit read the primary (readReplicaRouting.ts over
 * Payload's adapter: an upgrade that changes how the adapter picks the primary fails here). On the PostgreSQL
 * run only (it starts servers of its own, whatever the run's database).
 */
const onPostgresRun = process.env.TEST_DATABASE_URI?.startsWith('postgres') ? describe : describe.skip
const NEWS = '{ News(sort: "-publishedAt", limit: 5) { docs { title } } }'
const TITLE = 'Tin mới trên máy chủ chính'
/** Payload's adapter reads the primary for this long after a write of this process (readReplicasAfterWriteInterval). */
const PAYLOAD_AFTER_WRITE_MS = 2000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

onPostgresRun('PostgreSQL read replicas', () => {
  let pair: PostgresPair
  let server: TestServer
  let world: ContentWorld

  const caughtUp = async () => {
    for (let tries = 0; tries < 200; tries++) {
      const [primary] = (await pair.sql('primary', 'SELECT pg_current_wal_lsn()::text AS lsn')) as Array<{
        lsn: string
      }>
      const [replica] = (await pair.sql('replica', 'SELECT pg_last_wal_replay_lsn()::text AS lsn')) as Array<{
        lsn: string
      }>
      if (primary!.lsn === replica!.lsn) return
      await sleep(50)
    }
    throw new Error('the replica did not catch up within 10 s')
  }
  const anonymous = () => readNewsTitles(server.url, NEWS, UNIT_CODES.C1)

  beforeAll(async () => {
    pair = await startPostgresPair()
    await pair.sql('primary', 'CREATE DATABASE portal')
    server = await startTestServer({
      env: {
        DATABASE_REPLICA_MAX_LAG_MS: '10000',
        DATABASE_REPLICA_URIS: pair.replicaUri('portal'),
        DATABASE_URI: pair.primaryUri('portal'),
      },
    })
    world = await createContentWorld(server)
    await caughtUp()
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
    await pair?.stop()
  })

  it('anonymous readers read the replica; editors and the recomputation after an edit read the primary', async () => {
    await pair.sql('replica', 'SELECT pg_wal_replay_pause()')
    try {
      await server.payload.create({
        collection: 'news',
        data: {
          _status: 'published',
          publishedAt: new Date().toISOString(),
          title: TITLE,
          unit: world.units.C1 as number,
        },
      })
      await sleep(PAYLOAD_AFTER_WRITE_MS + 100)

      // The replica has not replayed the publish: an anonymous reader of the REST API does not see it yet…
      const find = async (headers: Record<string, string> = {}) => {
        const response = await fetch(`${server.url}/api/news?where[title][equals]=${encodeURIComponent(TITLE)}`, {
          headers: { 'x-portal-unit': UNIT_CODES.C1, ...headers },
        })
        return ((await response.json()) as { totalDocs: number }).totalDocs
      }
      expect(await find()).toBe(0)
      // …but the editor who published does, at once, from the primary.
      expect(await find(world.sessions.approverC1.headers)).toBe(1)

      // The cached GraphQL answer depends on the news just edited: read from the replica within the allowed lag, it
      // is computed again from the primary before it is served, and kept.
      const first = await anonymous()
      expect([first.state, first.titles[0]]).toEqual(['MISS', TITLE])
      const second = await anonymous()
      expect([second.state, second.titles[0]]).toEqual(['HIT', TITLE])
    } finally {
      await pair.sql('replica', 'SELECT pg_wal_replay_resume()')
    }
  })

  it('survives the replica restarting: its lost connections are logged, anonymous reads come back with it', async () => {
    await caughtUp()
    const anonymousFind = () => fetch(`${server.url}/api/news?limit=1`, { headers: { 'x-portal-unit': UNIT_CODES.C1 } })
    expect((await anonymousFind()).status).toBe(200)
    pair.replica('stop')
    await sleep(200)
    // The process is alive; readers of the replica are told the database is unavailable meanwhile.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    expect([200, 503]).toContain((await anonymousFind()).status)
    pair.replica('start')
    let status = 0
    for (let tries = 0; tries < 100 && status !== 200; tries++) {
      status = (await anonymousFind()).status
      if (status !== 200) await sleep(100)
    }
    expect(status).toBe(200)
    const [row] = (await pair.sql('replica', 'SELECT pg_is_in_recovery() AS standby')) as Array<{ standby: boolean }>
    expect(row!.standby).toBe(true)
  })
})
