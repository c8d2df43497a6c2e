import { randomBytes } from 'node:crypto'

import { Redis } from 'ioredis'

import { entryBytes, MAX_PERSISTED_QUERIES, memoryStore } from './memoryStore'
import { redisStore } from './redisStore'
import type { CacheEntry, CacheStore } from './store'

/** Redis runs on this machine (and in CI); REDIS_TEST_URL points elsewhere. */
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'
const PREFIX = `test-stores-${randomBytes(6).toString('hex')}:`
const WINDOW_MS = 800
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const stores: Array<[string, CacheStore]> = [
  ['memory', memoryStore({ maxBytes: 64 * 1024 * 1024, maxEntries: 100, maxStaleMs: WINDOW_MS })],
  ['Redis', redisStore(REDIS_URL, PREFIX, { clockSkewMs: 0, maxStaleMs: WINDOW_MS })],
]
beforeAll(async () => {
  // Redis connects on first use and learns the cache's generation from its first answer: wait for both.
  for (let tries = 0; tries < 100; tries++) {
    for (const [, store] of stores) await store.set('probe', entry([]))
    if ((await Promise.all(stores.map(([, store]) => store.get('probe')))).every(Boolean)) return
    await sleep(20)
  }
  throw new Error('Redis did not answer')
})
afterAll(async () => {
  for (const [, store] of stores) await store.close()
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${PREFIX}*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})

const entry = (tags: string[]): CacheEntry => ({
  body: '{"data":{}}',
  contentType: 'application/json',
  etag: '"e"',
  startedAt: Date.now(),
  tags,
})
const stateOf = async (store: CacheStore, key: string) => {
  const found = await store.get(key)
  return found === undefined ? 'gone' : found.staleSince === undefined ? 'fresh' : 'stale'
}

/** Both stores apply src/cache/rules/staleness.ts: the memory one in TypeScript, Redis's in a Lua script. */
describe.each(stores)('the %s store', (_, store) => {
  it('serves an entry fresh, then stale after an edit, then no more once the window has passed', async () => {
    await store.set('a', entry(['news', 'units']))
    expect(await stateOf(store, 'a')).toBe('fresh')
    await sleep(5)
    await store.invalidate(['procedures'])
    expect(await stateOf(store, 'a')).toBe('fresh')
    await store.invalidate(['news'])
    const found = await store.get('a')
    expect(found?.staleSince).toBeGreaterThanOrEqual(found!.entry.startedAt)
    await sleep(WINDOW_MS + 50)
    expect(await stateOf(store, 'a')).toBe('gone')
  })

  it('counts the first edit an entry misses, not the latest, and forgets history older than the window', async () => {
    await store.set('b', entry(['news']))
    await sleep(5)
    for (let edit = 0; edit < 4; edit++) {
      await store.invalidate(['news'])
      await sleep(WINDOW_MS / 3)
    }
    // The latest edit is recent, the first one is not: past serving.
    expect(await stateOf(store, 'b')).toBe('gone')
    // A new entry begun after those edits is judged by the next one only.
    await store.set('c', entry(['news']))
    await sleep(5)
    await store.invalidate(['news'])
    expect(await stateOf(store, 'c')).toBe('stale')
  })

  it('keeps the same tag of other entries apart by when they began', async () => {
    await store.set('old', entry(['events']))
    await sleep(5)
    await store.invalidate(['events'])
    await sleep(5)
    await store.set('new', entry(['events']))
    expect([await stateOf(store, 'old'), await stateOf(store, 'new')]).toEqual(['stale', 'fresh'])
  })
})

describe('the in-memory store’s bounds', () => {
  const sized = (characters: number): CacheEntry => ({ ...entry([]), body: 'ắ'.repeat(characters) })

  it('keeps at most CACHE_MAX_MB of answers, the least recently used out first', async () => {
    const one = entryBytes('a', sized(1000))
    const store = memoryStore({ maxBytes: one * 3, maxEntries: 100, maxStaleMs: 0 })
    for (const key of ['a', 'b', 'c']) await store.set(key, sized(1000))
    await store.get('a') // now the most recently used
    await store.set('d', sized(1000))
    expect(await Promise.all(['a', 'b', 'c', 'd'].map(async (key) => Boolean(await store.get(key))))).toEqual([
      true,
      false,
      true,
      true,
    ])
    // Replacing an answer counts its new size, not both.
    await store.set('d', sized(1000))
    expect(Boolean(await store.get('c'))).toBe(true)
  })

  it('does not keep an answer larger than the whole store, and keeps the others', async () => {
    const store = memoryStore({ maxBytes: entryBytes('a', sized(1000)), maxEntries: 100, maxStaleMs: 0 })
    await store.set('a', sized(1000))
    await store.set('huge', sized(5000))
    expect(await store.get('huge')).toBeUndefined()
    expect(await store.get('a')).toBeDefined()
  })

  it('keeps at most MAX_PERSISTED_QUERIES persisted queries, the least recently used out first', async () => {
    const store = memoryStore({ maxBytes: 1024, maxEntries: 1, maxStaleMs: 0 })
    await store.setQuery('first', '{ a }')
    for (let index = 1; index < MAX_PERSISTED_QUERIES; index++) await store.setQuery(`q${index}`, '{ b }')
    expect(await store.getQuery('first')).toBe('{ a }') // used: kept
    await store.setQuery('one-more', '{ c }')
    expect(await store.getQuery('first')).toBe('{ a }')
    expect(await store.getQuery('q1')).toBeUndefined()
    expect(await store.getQuery('one-more')).toBe('{ c }')
  })
})
