import { Redis } from 'ioredis'

import { type CacheEntry, type CacheStore, invalidationStamp, isFresh } from './store'

/** Entries expire on their own after a day; tag stamps live a little longer than any entry they could concern. */
const ENTRY_TTL_SECONDS = 24 * 60 * 60
const STAMP_TTL_SECONDS = ENTRY_TTL_SECONDS + 60 * 60

/**
 * The cache shared by several server processes: an edit through one process stamps the tags in Redis, and every
 * process sees its cached answers for those tags as stale from then on.
 */
export const redisStore = (url: string, prefix: string, graceMs: number): CacheStore => {
  const redis = new Redis(url, { enableOfflineQueue: true, lazyConnect: true, maxRetriesPerRequest: 2 })
  const entryKey = (key: string) => `${prefix}entry:${key}`
  const stampKey = (tag: string) => `${prefix}stamp:${tag}`
  return {
    close: async () => {
      await redis.quit().catch(() => redis.disconnect())
    },
    get: async (key) => {
      const raw = await redis.get(entryKey(key))
      if (!raw) return undefined
      const entry = JSON.parse(raw) as CacheEntry
      const stamps = entry.tags.length ? await redis.mget(entry.tags.map(stampKey)) : []
      return isFresh(
        entry,
        stamps.map((stamp) => (stamp === null ? undefined : Number(stamp))),
      )
        ? entry
        : undefined
    },
    getQuery: async (hash) => (await redis.get(`${prefix}query:${hash}`)) ?? undefined,
    invalidate: async (tags) => {
      if (tags.length === 0) return
      const now = String(invalidationStamp(graceMs))
      const batch = redis.multi()
      for (const tag of tags) batch.set(stampKey(tag), now, 'EX', STAMP_TTL_SECONDS)
      await batch.exec()
    },
    set: async (key, entry: CacheEntry) => {
      await redis.set(entryKey(key), JSON.stringify(entry), 'EX', ENTRY_TTL_SECONDS)
    },
    setQuery: async (hash, query) => {
      await redis.set(`${prefix}query:${hash}`, query)
    },
  }
}
