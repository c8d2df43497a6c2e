import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { redisStore } from '../../src/cache/redisStore'
import type { CacheStore } from '../../src/cache/store'
import { answers, freePort } from '../helpers/ports'
import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

/**
 * Redis never takes the site down. A Redis of the test's own (a real redis-server on a free port, persisting to
 * disk so that it comes back with what it held) is stopped, frozen and started again under a real server process:
 * reads keep being answered in normal time, writes are acknowledged truthfully and never hang, the outage is
 * logged once, /readyz reports it without failing, and no answer cached before the outage is served after it.
 */
/** Longer than any answer takes, far shorter than the 15 s reads once hung for when Redis was away. */
const HANG_MS = 8000
const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server'

let database: TestDatabase
let redisDir: string
let redisPort: number
let redis: ChildProcess | undefined
let server: ServerProcess | undefined
let env: Record<string, string>
let token = ''
let newsId = 0

const startRedis = async () => {
  redis = spawn(
    REDIS_SERVER,
    ['--port', String(redisPort), '--dir', redisDir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''],
    { stdio: 'ignore' },
  )
  for (let i = 0; i < 100 && !(await answers(redisPort)); i++) await new Promise((resolve) => setTimeout(resolve, 50))
}
const stopRedis = async () => {
  const child = redis
  redis = undefined
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

/**
 * Freezes Redis and waits until the kernel reports it stopped: `kill` returns before a process running on another
 * core has stopped, and a command sent in that gap was answered at once (a CI run's claim was so taken and given
 * back normally, failing the test's premise).
 */
const freezeRedis = async () => {
  redis!.kill('SIGSTOP')
  const state = () => fs.readFileSync(`/proc/${redis!.pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0]
  for (let i = 0; i < 200 && state() !== 'T'; i++) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(state()).toBe('T')
}

const NEWS = '{ News(limit: 10) { docs { title } } }'
const ask = async () => {
  const response = await fetch(`${server!.url}/api/graphql`, {
    body: JSON.stringify({ query: NEWS }),
    headers: { 'content-type': 'application/json', 'x-portal-unit': '28261' },
    method: 'POST',
    // A read must not wait for Redis: before, every read hung up to 15 s and failed. A hang fails here.
    signal: AbortSignal.timeout(HANG_MS),
  })
  const body = (await response.json()) as { data?: { News: { docs: Array<{ title: string }> } } }
  return {
    state: response.headers.get('x-cache'),
    status: response.status,
    titles: body.data?.News.docs.map((doc) => doc.title),
  }
}
/** Asks until the answer comes from the cache (a fresh answer is cached once the commit margin has passed). */
const cachedAnswer = async () => {
  let answer = await ask()
  for (let i = 0; i < 20 && answer.state !== 'HIT'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    answer = await ask()
  }
  return answer
}
const rename = async (title: string) => {
  const response = await fetch(`${server!.url}/api/news/${newsId}`, {
    body: JSON.stringify({ title }),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'PATCH',
    signal: AbortSignal.timeout(HANG_MS),
  })
  return { status: response.status }
}
const readiness = async () =>
  (await (await fetch(`${server!.url}/readyz`)).json()) as { cache: { state: string }; status: string }
const occurrences = (text: string, needle: string) => text.split(needle).length - 1

beforeAll(async () => {
  if (!fs.existsSync(REDIS_SERVER)) throw new Error(`No redis-server at ${REDIS_SERVER}: apt-get install redis-server`)
  database = await createTestDatabase()
  redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'redis-outage-'))
  redisPort = await freePort()
  await startRedis()
  // A long allowed staleness: an invalidation lost in an outage must still never let an old answer be served.
  env = testEnvironment(database, { CACHE_MAX_STALE_MS: '60000', REDIS_URL: `redis://127.0.0.1:${redisPort}` })
  server = await startServerProcess(env)
  const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server!.url}/api${route}`, {
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
      method: 'POST',
    })
  await post('/users/first-register', {
    email: 'quan-tri@tiengiang.gov.vn',
    name: 'Quản trị',
    password: 'mat-khau-thu-nghiem-1',
  })
  token = (
    (await (
      await post('/users/login', { email: 'quan-tri@tiengiang.gov.vn', password: 'mat-khau-thu-nghiem-1' })
    ).json()) as { token: string }
  ).token
  const units = (await (await fetch(`${server.url}/api/units?where[code][equals]=28261&depth=0`)).json()) as {
    docs: Array<{ id: number }>
  }
  const created = await post(
    '/news',
    { _status: 'published', title: 'Trước sự cố', unit: units.docs[0]!.id },
    { authorization: `JWT ${token}` },
  )
  newsId = ((await created.json()) as { doc: { id: number } }).doc.id
}, 120_000)
afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  await stopRedis()
  await database?.drop()
  fs.rmSync(redisDir, { force: true, recursive: true })
})

describe('the site without Redis', () => {
  it('keeps answering and acknowledging while Redis is down, says so once and at /readyz, and serves nothing stale after', async () => {
    const cached = await cachedAnswer()
    expect([cached.state, cached.titles]).toEqual(['HIT', ['Trước sự cố']])
    expect((await readiness()).cache.state).toBe('ok')

    await stopRedis()
    const during = [await ask(), await ask(), await ask()]
    expect(during.map((answer) => [answer.status, answer.titles])).toEqual(Array(3).fill([200, ['Trước sự cố']]))
    const edit = await rename('Trong sự cố')
    expect(edit.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect((await ask()).titles).toEqual(['Trong sự cố'])
    const degraded = await readiness()
    expect([degraded.status, degraded.cache.state]).toEqual(['ready', 'degraded'])

    // Redis comes back with what it held, the answer cached before the outage included.
    await startRedis()
    const after: Array<string[] | undefined> = []
    for (let i = 0; i < 12; i++) {
      after.push((await ask()).titles)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(after.filter((titles) => JSON.stringify(titles) !== JSON.stringify(['Trong sự cố']))).toEqual([])
    expect((await readiness()).cache.state).toBe('ok')
    expect((await cachedAnswer()).state).toBe('HIT')
    expect(occurrences(server!.output(), 'cache: Redis unavailable')).toBe(1)
    expect(occurrences(server!.output(), 'cache: Redis available again')).toBe(1)
  }, 60_000)

  it('answers in normal time while Redis hangs (frozen), and is fresh once it thaws', async () => {
    expect((await ask()).titles).toEqual(['Trong sự cố'])
    await freezeRedis()
    try {
      const during = [await ask(), await ask(), await ask()]
      expect(during.map((answer) => [answer.status, answer.titles])).toEqual(Array(3).fill([200, ['Trong sự cố']]))
      const edit = await rename('Khi Redis treo')
      expect(edit.status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 400))
      expect((await ask()).titles).toEqual(['Khi Redis treo'])
    } finally {
      redis!.kill('SIGCONT')
    }
    for (let i = 0; i < 12; i++) {
      expect((await ask()).titles).toEqual(['Khi Redis treo'])
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }, 60_000)

  it('a server that lost an invalidation and restarted does not trust what Redis cached before', async () => {
    // Cache the current answer, then edit while Redis is down and stop the server before Redis returns.
    expect((await cachedAnswer()).state).toBe('HIT')
    await stopRedis()
    expect((await rename('Sau khởi động lại')).status).toBe(200)
    server!.child.kill('SIGTERM')
    await server!.exited
    await startRedis()
    server = await startServerProcess(env)
    expect((await ask()).titles).toEqual(['Sau khởi động lại'])
  }, 60_000)
})

describe('claims across processes while Redis stalls', () => {
  const quiet = { error: () => undefined, info: () => undefined }
  const connected = async (store: CacheStore) => {
    store.useLogger(quiet)
    for (let tries = 0; tries < 100; tries++) {
      await store.set('probe', {
        body: '{}',
        contentType: 'application/json',
        etag: '"p"',
        startedAt: Date.now(),
        tags: [],
      })
      if (await store.get('probe')) return store
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error('Redis did not answer')
  }

  it('gives back a claim Redis took after its reply timed out, so other processes do not wait for it', async () => {
    const options = { clockSkewMs: 0, maxStaleMs: 1000 }
    const url = `redis://127.0.0.1:${redisPort}`
    const [one, other] = [redisStore(url, 'claims:', options), redisStore(url, 'claims:', options)]
    try {
      await connected(one)
      await connected(other)
      // Redis stalls past the command timeout (300 ms), then runs the claim it had received.
      await freezeRedis()
      const claiming = one.claim('home', 30_000)
      await new Promise((resolve) => setTimeout(resolve, 600))
      redis!.kill('SIGCONT')
      expect(await claiming).toBe(true) // not answered: this process computes, as without Redis
      await one.release('home') // in the pause after the failure: not sent yet
      expect(await other.claim('home', 30_000)).toBe(false) // Redis did take it for the first process

      // Before, the claim stayed for its 30 s; now it is given back once Redis answers the first process again.
      let taken = false
      for (const until = Date.now() + 8000; !taken && Date.now() < until;) {
        taken = await other.claim('home', 30_000)
        if (!taken) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(taken).toBe(true)
      await other.release('home')
    } finally {
      redis?.kill('SIGCONT')
      await one.close()
      await other.close()
    }
  }, 30_000)
})
