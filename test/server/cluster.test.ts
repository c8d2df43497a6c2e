import { randomBytes } from 'node:crypto'
import http from 'node:http'

import { Redis } from 'ioredis'

import { login, registerFirstUser } from '../helpers/http'
import { runServerProcess, startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { UNIT_CODES } from '../helpers/tenancyFixtures'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

/**
 * Cluster mode (WORKERS): several worker processes behind one port, sharing the Redis cache, as
 * `npm start` runs them. Redis runs on this machine (and in CI); REDIS_TEST_URL points elsewhere.
 */
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'
const PREFIX = `test-cluster-${randomBytes(6).toString('hex')}:`
const NEWS = '{ News(sort: "-publishedAt", limit: 5) { docs { title } } }'
const admin = { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-tinh-1' }

let database: TestDatabase
let server: ServerProcess

const until = async (condition: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not met within ${ms} ms:\n${server.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
const readyWorkers = () =>
  [...server.output().matchAll(/Worker 2 ready \(pid (\d+)\)/g)].map((match) => Number(match[1]))

/** An anonymous portal reader on a connection of its own (the cluster gives each new connection to the next worker). */
const read = (url: string, timeoutMs = 10_000) =>
  new Promise<{ cache?: string; titles: string[] }>((resolve, reject) => {
    const body = JSON.stringify({ query: NEWS })
    const request = http.request(`${url}/api/graphql`, {
      agent: false,
      headers: { 'content-type': 'application/json', 'x-portal-unit': UNIT_CODES.C1 },
      method: 'POST',
    })
    request.on('response', (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => {
        const parsed = JSON.parse(text) as { data: { News: { docs: Array<{ title: string }> } } }
        resolve({ cache: response.headers['x-cache'] as string, titles: parsed.data.News.docs.map((doc) => doc.title) })
      })
    })
    request.on('error', reject)
    // The server's log goes with the failure: a reader kept waiting is worth knowing why (a claim held, a stall).
    request.setTimeout(timeoutMs, () =>
      request.destroy(new Error(`no answer within ${timeoutMs} ms; the server said:\n${server.output().slice(-6000)}`)),
    )
    request.end(body)
  })

/**
 * The cache statuses of four readers. A Redis command that takes over 300 ms (src/cache/redisStore.ts) makes a
 * worker leave Redis alone for 2 s and compute its answers (MISS), which is right, and logs it; on a machine
 * loaded by other test runs that happens. So when an outage was logged, the reads are made again after that pause
 * (three times at most); without one the first reads are the result.
 */
const cacheStatusesOnceRedisAnswers = async () => {
  for (let attempt = 1; ; attempt++) {
    const statuses = (await Promise.all(Array.from({ length: 4 }, () => read(server.url)))).map((each) => each.cache)
    const outageLogged = server.output().includes('cache: Redis unavailable')
    if (statuses.every((status) => status === 'HIT') || !outageLogged || attempt === 3) return statuses
    await new Promise((resolve) => setTimeout(resolve, 2500))
  }
}

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startServerProcess(
    testEnvironment(database, { CACHE_PREFIX: PREFIX, REDIS_URL, RUN_JOBS: 'true', WORKERS: '2' }),
  )
  await until(() => readyWorkers().length === 1)
}, 120_000)
afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
  await database?.drop()
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${PREFIX}*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})

describe('cluster mode (WORKERS=2)', () => {
  it('serves from two workers sharing the cache: a publish through one is read through both', async () => {
    await registerFirstUser(server.url, admin)
    const session = await login(server.url, admin.email, admin.password)
    const before = await Promise.all(Array.from({ length: 6 }, () => read(server.url)))
    // Both workers have the answer cached (a hit in each) before the publish.
    expect(await cacheStatusesOnceRedisAnswers()).toEqual(Array(4).fill('HIT'))
    const units = (await (
      await fetch(`${server.url}/api/units?where[code][equals]=${UNIT_CODES.C1}&limit=1`, { headers: session.headers })
    ).json()) as { docs: Array<{ id: number | string }> }
    const created = await fetch(`${server.url}/api/news`, {
      body: JSON.stringify({
        _status: 'published',
        publishedAt: new Date().toISOString(),
        title: 'Tin đăng qua một tiến trình',
        unit: units.docs[0]!.id,
      }),
      headers: { ...session.headers, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const after = await Promise.all(Array.from({ length: 6 }, () => read(server.url)))
    expect(before.every((each) => !each.titles.includes('Tin đăng qua một tiến trình'))).toBe(true)
    expect(after.map((each) => each.titles[0])).toEqual(Array(6).fill('Tin đăng qua một tiến trình'))
  })

  it('logs the banner (database, addresses) once, from worker 1; the other workers say they are ready', () => {
    expect(server.output().match(/REST API:/g)).toHaveLength(1)
  })

  it('replaces a worker that dies, and keeps answering meanwhile', async () => {
    const [first] = readyWorkers()
    process.kill(first!, 'SIGKILL')
    // A connection the primary was handing to the worker as it died is lost (Node's round-robin cluster never
    // answers it): readers retry after a short timeout, as browsers and proxies do, and are answered.
    const readRetrying = async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await read(server.url, 2000)
        } catch (error) {
          if (attempt === 3) throw error
        }
      }
    }
    const answered = await Promise.all(Array.from({ length: 4 }, readRetrying))
    expect(answered.map((each) => each.titles[0])).toEqual(Array(4).fill('Tin đăng qua một tiến trình'))
    await until(() => readyWorkers().length === 2)
    expect(server.output()).toContain(`Worker 2 (pid ${first}) ended (signal SIGKILL): starting another.`)
    expect((await read(server.url)).titles[0]).toBe('Tin đăng qua một tiến trình')
  }, 120_000)

  it('on SIGTERM every worker finishes and the primary exits 0', async () => {
    const [, second] = readyWorkers()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(() => process.kill(second!, 0)).toThrow()
    expect(server.output().match(/SIGTERM received: finishing in-flight requests/g)).toHaveLength(2)
  })
})

describe('cluster settings', () => {
  it('refuses several workers with a memory cache each, naming the setting', async () => {
    const run = runServerProcess(testEnvironment(database, { WORKERS: '2' }))
    expect(await run.exited).toBe(1)
    expect(run.output()).toContain('WORKERS=2 needs REDIS_URL (or CACHE=false)')
  })
})
