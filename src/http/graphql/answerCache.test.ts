import type { AddressInfo } from 'node:net'

import { randomBytes } from 'node:crypto'

import http from 'node:http'
import zlib from 'node:zlib'

import compression from 'compression'
import express from 'express'
import { Redis } from 'ioredis'

import { type Background, backgroundWork } from '../../base/background'
import { memoryStore } from '../../cache/memoryStore'
import { redisStore } from '../../cache/redisStore'
import type { CacheStore } from '../../cache/store'
import { recordTags } from '../../cache/tracking'
import { cachedGraphql } from './answerCache'

/**
 * The answer cache's single flight and stale-while-revalidate, over real HTTP with the real stores (memory, and
 * Redis shared by two servers as by two processes), in front of a GraphQL handler
 * whose computation takes a known time (Payload's takes whatever the database takes; the timing is the point).
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Redis runs on this machine (and in CI); REDIS_TEST_URL points elsewhere. */
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'

/** What the handler answers; while `gate` is set, computations wait for it to open. */
type World = {
  big?: string[]
  computations: number
  fail: boolean
  gate?: Promise<void>
  /** Computations per query (popular answers are recomputed in the background too). */
  of: Record<string, number>
  version: number
}

/** A server like ours: the answer cache over `store` in front of a handler that takes 150 ms. */
type Extra = { background?: Background; hotAnswers?: number }
const serve = async (store: CacheStore, world: World, extra: Extra = {}) => {
  const app = express()
  // As in the server (src/http/createApp.ts): it must leave the stored encodings alone.
  app.use(compression())
  app.get(
    '/graphql',
    cachedGraphql(
      async (request) => {
        world.computations += 1
        const query = new URL(request.url).searchParams.get('query') ?? ''
        world.of[query] = (world.of[query] ?? 0) + 1
        recordTags('news')
        const { fail, version } = world
        await sleep(150)
        await world.gate
        if (fail) throw new Error('database away')
        return Response.json({ data: { version, ...(world.big ? { items: world.big } : {}) } })
      },
      store,
      { ...extra, cookiePrefix: 'payload', log: { error: () => {}, info: () => {} } },
    ).serve,
  )
  app.use((_error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(503).json({ errors: [{ message: 'unavailable' }] })
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const ask = async (query: string) => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent(query)}`)
    const body = await response.text()
    return { body, state: response.headers.get('x-cache'), status: response.status }
  }
  /** A raw GET (Node's http: no decompression), with the headers given. */
  const raw = (query: string, headers: Record<string, string>) =>
    new Promise<{ body: Buffer; headers: http.IncomingHttpHeaders; status?: number }>((resolve, reject) => {
      http
        .get(`${base}/graphql?query=${encodeURIComponent(query)}`, { headers }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () =>
            resolve({ body: Buffer.concat(chunks), headers: response.headers, status: response.statusCode }),
          )
        })
        .on('error', reject)
    })
  return { ask, close: () => new Promise((resolve) => server.close(resolve)), raw }
}
const versionOf = ({ body }: { body: string }) => (JSON.parse(body) as { data: { version: number } }).data.version

const servers: Array<Awaited<ReturnType<typeof serve>>> = []
const stores: CacheStore[] = []
const world: World = { computations: 0, fail: false, of: {}, version: 1 }
const store = memoryStore({ maxBytes: 64 * 1024 * 1024, maxEntries: 100, maxStaleMs: 0 })
let ask: Awaited<ReturnType<typeof serve>>['ask']

const started = async (cacheStore: CacheStore, ofWorld: World = world, extra?: Extra) => {
  stores.push(cacheStore)
  const server = await serve(cacheStore, ofWorld, extra)
  servers.push(server)
  return server
}

beforeAll(async () => {
  ask = (await started(store)).ask
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  await Promise.all(stores.map((each) => each.close()))
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${PREFIX}*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})
beforeEach(() => {
  world.computations = 0
  world.fail = false
})

const PREFIX = `test-answer-cache-${randomBytes(6).toString('hex')}:`

describe('single flight in the answer cache', () => {
  it('computes once for a burst of one request: the others wait for that computation', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask('{ a }')))
    expect(world.computations).toBe(1)
    expect(answers.map(({ state }) => state).sort()).toEqual(['MISS', ...Array(19).fill('SHARED')])
    expect(new Set(answers.map(({ body }) => body)).size).toBe(1)
    expect((await ask('{ a }')).state).toBe('HIT')
    expect(world.computations).toBe(1)
  })

  it('keeps different requests apart', async () => {
    await Promise.all([ask('{ b }'), ask('{ c }'), ask('{ b }'), ask('{ c }')])
    expect(world.computations).toBe(2)
  })

  it('does not serve a request that arrived after an edit what was computed before it', async () => {
    world.version = 1
    const before = ask('{ d }')
    await sleep(40)
    // An edit lands while the answer is being computed from the old data.
    world.version = 2
    await store.invalidate(['news'])
    await sleep(10)
    const after = await ask('{ d }')
    expect(JSON.parse((await before).body)).toEqual({ data: { version: 1 } })
    expect(JSON.parse(after.body)).toEqual({ data: { version: 2 } })
    expect(after.state).toBe('MISS')
    expect(world.of['{ d }']).toBe(2)
    // From then on the fresh answer is the one kept.
    expect(JSON.parse((await ask('{ d }')).body)).toEqual({ data: { version: 2 } })
  })

  it('when the shared computation fails, each waiting request tries for itself', async () => {
    world.fail = true
    const first = ask('{ e }')
    await sleep(20)
    const waiting = ask('{ e }')
    await sleep(20)
    world.fail = false
    expect((await first).status).toBe(503)
    expect(await waiting).toMatchObject({ state: 'MISS', status: 200 })
    expect(world.computations).toBe(2)
  })

  it('recomputes a popular answer right after an edit, so that its next reader does not wait', async () => {
    for (let n = 0; n < 4; n++) await ask('{ popular }')
    world.version = 7
    world.of = {}
    await store.invalidate(['news'])
    // No reader meanwhile: the process notices within 250 ms and computes it once (150 ms).
    await sleep(700)
    expect(world.of['{ popular }']).toBe(1)
    const next = await ask('{ popular }')
    expect([next.state, versionOf(next)]).toEqual(['HIT', 7])
    // A key asked for once is left alone.
    await ask('{ rare }')
    world.of = {}
    await store.invalidate(['news'])
    await sleep(700)
    expect(world.of['{ rare }']).toBeUndefined()
  })

  it('never shares a mutation', async () => {
    const answers = await Promise.all([ask('mutation { m }'), ask('mutation { m }')])
    expect(world.computations).toBe(2)
    expect(answers.map(({ state }) => state)).toEqual([null, null])
  })
})

describe('stale-while-revalidate', () => {
  const WINDOW_MS = 1500
  const swr: World = { computations: 0, fail: false, of: {}, version: 1 }
  let swrAsk: typeof ask
  let swrStore: CacheStore
  beforeAll(async () => {
    swrStore = memoryStore({ maxBytes: 64 * 1024 * 1024, maxEntries: 100, maxStaleMs: WINDOW_MS })
    swrAsk = (await started(swrStore, swr)).ask
  })

  it('after an edit serves the previous answer at once while one recomputation runs, then the new one', async () => {
    await swrAsk('{ s }')
    swr.version = 2
    swr.computations = 0
    await swrStore.invalidate(['news'])
    // The recomputation cannot finish until the gate opens: all of the burst is answered before it does.
    let open!: () => void
    swr.gate = new Promise((resolve) => (open = resolve))
    const burst = await Promise.all(Array.from({ length: 10 }, () => swrAsk('{ s }')))
    expect(burst.map(({ state }) => state)).toEqual(Array(10).fill('STALE'))
    expect(burst.map(versionOf)).toEqual(Array(10).fill(1))
    expect(swr.computations).toBe(1)
    open()
    swr.gate = undefined
    await sleep(250)
    expect(swr.computations).toBe(1)
    const after = await swrAsk('{ s }')
    expect([after.state, versionOf(after)]).toEqual(['HIT', 2])
  })

  it('keeps the recomputation a stale read started as background work: shutdown waits for it', async () => {
    const background = backgroundWork()
    const own: World = { computations: 0, fail: false, of: {}, version: 1 }
    const ownStore = memoryStore({ maxBytes: 64 * 1024 * 1024, maxEntries: 100, maxStaleMs: WINDOW_MS })
    // No popular answers refreshed: the stale read alone starts the recomputation.
    const { ask: ownAsk } = await started(ownStore, own, { background, hotAnswers: 0 })
    await ownAsk('{ v }')
    own.version = 2
    await ownStore.invalidate(['news'])
    let open!: () => void
    own.gate = new Promise((resolve) => (open = resolve))
    expect((await ownAsk('{ v }')).state).toBe('STALE')
    let stopped = false
    const stopping = background.stop(5000).then((outcome) => ((stopped = true), outcome))
    await sleep(300)
    expect(stopped).toBe(false)
    open()
    expect(await stopping).toBe('settled')
    expect(own.computations).toBe(2)
  })

  it('past the allowed staleness after the edit, readers wait for the fresh answer', async () => {
    swr.version = 3
    await swrAsk('{ t }')
    swr.version = 4
    await swrStore.invalidate(['news'])
    await sleep(WINDOW_MS + 50)
    const late = await swrAsk('{ t }')
    expect([late.state, versionOf(late)]).toEqual(['MISS', 4])
  })

  it('edits every moment do not keep an old answer alive: the first edit it misses counts', async () => {
    swr.version = 5
    await swrAsk('{ u }')
    swr.version = 6
    // Edits keep coming, faster than the window; readers come only at the end.
    for (let edit = 0; edit < 4; edit += 1) {
      await swrStore.invalidate(['news'])
      await sleep(WINDOW_MS / 3)
    }
    const reader = await swrAsk('{ u }')
    expect([reader.state, versionOf(reader)]).toEqual(['MISS', 6])
  })
})

describe('across processes sharing Redis', () => {
  const shared: World = { computations: 0, fail: false, of: {}, version: 1 }
  let one: typeof ask
  let other: typeof ask
  let oneStore: CacheStore
  beforeAll(async () => {
    const options = { clockSkewMs: 0, maxStaleMs: 5000 }
    oneStore = redisStore(REDIS_URL, PREFIX, options)
    one = (await started(oneStore, shared)).ask
    other = (await started(redisStore(REDIS_URL, PREFIX, options), shared)).ask
    // Both connected and on the same generation before the burst.
    await Promise.all([one('{ warm }'), other('{ warm }')])
  })
  beforeEach(() => {
    shared.computations = 0
  })

  it('a burst on both computes the answer once: one process waits for the other’s computation', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => (n % 2 ? one : other)('{ x }')))
    expect(shared.computations).toBe(1)
    expect(answers.every(({ status }) => status === 200)).toBe(true)
    expect(new Set(answers.map(({ body }) => body)).size).toBe(1)
  })

  it('an edit through one is seen by the other: stale within the window, then fresh, computed once', async () => {
    shared.version = 1
    await one('{ y }')
    expect((await other('{ y }')).state).toBe('HIT')
    shared.version = 2
    shared.of = {}
    await oneStore.invalidate(['news'])
    const [a, b] = await Promise.all([one('{ y }'), other('{ y }')])
    expect([a.state, b.state, versionOf(a), versionOf(b)]).toEqual(['STALE', 'STALE', 1, 1])
    await sleep(250)
    expect(shared.of['{ y }']).toBe(1)
    const fresh = await Promise.all([one('{ y }'), other('{ y }')])
    expect(fresh.map((answer) => [answer.state, versionOf(answer)])).toEqual([
      ['HIT', 2],
      ['HIT', 2],
    ])
  })
})

describe('compressed answers kept with the answer', () => {
  const big = Array.from({ length: 400 }, (_, n) => `Thủ tục hành chính số ${n} của Ủy ban nhân dân xã`)
  let raw: Awaited<ReturnType<typeof serve>>['raw']
  const zipped: World = { big, computations: 0, fail: false, of: {}, version: 1 }
  beforeAll(async () => {
    raw = (await started(memoryStore({ maxBytes: 64 * 1024 * 1024, maxEntries: 100, maxStaleMs: 0 }), zipped)).raw
  })

  it('sends the stored brotli or gzip form the request accepts, the same answer, each with its own ETag', async () => {
    const plain = await raw('{ z }', {})
    const answer = JSON.parse(plain.body.toString()) as { data: { items: string[] } }
    expect(answer.data.items).toEqual(big)
    expect(plain.headers['content-encoding']).toBeUndefined()
    const br = await raw('{ z }', { 'accept-encoding': 'gzip, deflate, br' })
    const gz = await raw('{ z }', { 'accept-encoding': 'gzip' })
    expect([br.headers['x-cache'], br.headers['content-encoding'], gz.headers['content-encoding']]).toEqual([
      'HIT',
      'br',
      'gzip',
    ])
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(plain.body.toString())
    expect(zlib.gunzipSync(gz.body).toString()).toBe(plain.body.toString())
    expect(br.body.length).toBeLessThan(plain.body.length / 5)
    expect(br.headers.vary).toContain('Accept-Encoding')
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3)
    // Any of its ETags revalidates the answer, whatever the encoding asked for now.
    for (const etag of [plain.headers.etag!, br.headers.etag!, `W/${gz.headers.etag!}`]) {
      const revalidated = await raw('{ z }', { 'accept-encoding': 'br', 'if-none-match': etag })
      expect(revalidated.status).toBe(304)
    }
    expect(zipped.computations).toBe(1)
  })

  it('leaves small answers to the compression middleware’s threshold (not worth it)', async () => {
    zipped.big = undefined
    const small = await raw('{ small }', { 'accept-encoding': 'br' })
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(small.body.toString())).toEqual({ data: { version: 1 } })
  })
})
