import { Redis } from 'ioredis'

import {
  type CacheEntry,
  type CacheLogger,
  type CacheStatus,
  type CacheStore,
  consoleCacheLogger,
  invalidationStamp,
  isFresh,
} from './store'

/** Entries expire on their own after a day; tag stamps live a little longer than any entry they could concern. */
const ENTRY_TTL_SECONDS = 24 * 60 * 60
const STAMP_TTL_SECONDS = ENTRY_TTL_SECONDS + 60 * 60
/** A command Redis has not answered by then counts as an outage: a read pays at most this for the cache. */
const COMMAND_TIMEOUT_MS = 300
/** After a failure Redis is left alone this long (every answer is computed), then tried again. */
const PAUSE_AFTER_FAILURE_MS = 2000
/** Persisted queries kept in the process too, for while Redis is away (they never change: keyed by their hash). */
const LOCAL_QUERIES = 5000

type StoredEntry = CacheEntry & { generation: string }

/**
 * The cache shared by several server processes: an edit through one process stamps the tags in Redis, and every
 * process sees its cached answers for those tags as stale from then on.
 *
 * Redis is never a single point of failure:
 * - a command fails fast (no offline queue, 300 ms timeout); after a failure Redis is left alone for 2 s and
 *   every answer is computed, as without a cache. The outage is logged once, and its end; `/readyz` reports it.
 * - writes never wait for or fail because of the cache: an invalidation that cannot reach Redis is kept in the
 *   process and stamped as soon as Redis answers again (before anything else is read from it), so answers cached
 *   before or during the outage are not served after it;
 * - a process that starts cannot know what invalidations it lost before it stopped, so it first moves the
 *   cache's generation on: entries carry the generation they were stored under, and older ones are ignored.
 */
export const redisStore = (url: string, prefix: string, graceMs: number): CacheStore => {
  const redis = new Redis(url, {
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 1000,
    enableOfflineQueue: false,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  })
  const entryKey = (key: string) => `${prefix}entry:${key}`
  const stampKey = (tag: string) => `${prefix}stamp:${tag}`
  const queryKey = (hash: string) => `${prefix}query:${hash}`
  const generationKey = `${prefix}generation`
  const localQueries = new Map<string, string>()
  let logger: CacheLogger = consoleCacheLogger

  let connecting: Promise<void> | undefined
  let pausedUntil = 0
  let outage: { reason: string; since: number } | undefined
  /** Tags whose invalidation could not reach Redis, stamped when it answers again. */
  const lostTags = new Set<string>()
  let mustAdvanceGeneration = true
  let generation: string | undefined
  let catchingUp: Promise<void> | undefined

  const failed = (error: unknown) => {
    const reason = (error as Error)?.message || String(error)
    pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS
    if (outage) return
    outage = { reason, since: Date.now() }
    logger.error(`cache: Redis unavailable (${reason}); answers are computed without the shared cache until it returns`)
  }
  const recovered = () => {
    if (!outage) return
    logger.info(`cache: Redis available again after ${Math.round((Date.now() - outage.since) / 1000)} s`)
    outage = undefined
  }

  /** Before anything is read from Redis: the generation moved on (at start) and the lost invalidations stamped. */
  const catchUp = async () => {
    if (!mustAdvanceGeneration && lostTags.size === 0) return
    catchingUp ??= (async () => {
      const tags = [...lostTags]
      const batch = redis.multi()
      if (mustAdvanceGeneration) batch.incr(generationKey)
      const stamp = String(invalidationStamp(graceMs))
      for (const tag of tags) batch.set(stampKey(tag), stamp, 'EX', STAMP_TTL_SECONDS)
      const results = await batch.exec()
      if (!results || results.some(([error]) => error))
        throw results?.find(([error]) => error)?.[0] ?? new Error('MULTI failed')
      if (mustAdvanceGeneration) generation = String(results[0]![1])
      mustAdvanceGeneration = false
      for (const tag of tags) lostTags.delete(tag)
    })().finally(() => (catchingUp = undefined))
    await catchingUp
  }

  /** Runs a command unless Redis is away; undefined (and the outage noted) when it is or the command fails. */
  const attempt = async <T>(command: () => Promise<T>): Promise<T | undefined> => {
    if (redis.status === 'wait') connecting ??= redis.connect().catch(failed)
    if (Date.now() < pausedUntil) return undefined
    if (redis.status !== 'ready') {
      if (redis.status !== 'connecting' || outage) failed(new Error(`connection ${redis.status}`))
      return undefined
    }
    try {
      await catchUp()
      const result = await command()
      recovered()
      return result
    } catch (error) {
      failed(error)
      return undefined
    }
  }

  redis.on('error', failed)
  redis.on('ready', () => {
    pausedUntil = 0
  })

  return {
    close: async () => {
      await connecting
      await redis.quit().catch(() => redis.disconnect())
    },
    get: async (key) => {
      const found = await attempt(() => redis.mget(entryKey(key), generationKey))
      if (!found) return undefined
      if (found[1] !== null) generation = found[1]
      if (!found[0]) return undefined
      const entry = JSON.parse(found[0]) as StoredEntry
      if (entry.generation !== found[1]) return undefined
      const stamps = entry.tags.length ? await attempt(() => redis.mget(entry.tags.map(stampKey))) : []
      if (!stamps) return undefined
      return isFresh(
        entry,
        stamps.map((stamp) => (stamp === null ? undefined : Number(stamp))),
      )
        ? entry
        : undefined
    },
    getQuery: async (hash) => localQueries.get(hash) ?? (await attempt(() => redis.get(queryKey(hash)))) ?? undefined,
    invalidate: async (tags) => {
      if (tags.length === 0) return
      const stamp = String(invalidationStamp(graceMs))
      const done = await attempt(async () => {
        const batch = redis.multi()
        for (const tag of tags) batch.set(stampKey(tag), stamp, 'EX', STAMP_TTL_SECONDS)
        const results = await batch.exec()
        if (!results || results.some(([error]) => error)) throw new Error('an invalidation was not recorded')
        return true
      })
      // Until the generation has moved on (the process's first contact with Redis), everything is stale anyway.
      if (!done && !mustAdvanceGeneration) for (const tag of tags) lostTags.add(tag)
    },
    set: async (key, entry) => {
      // Entries computed before an invalidation was lost are not stored (it may concern them).
      if (lostTags.size > 0) return
      await attempt(async () => {
        if (generation === undefined) return
        const stored: StoredEntry = { ...entry, generation }
        await redis.set(entryKey(key), JSON.stringify(stored), 'EX', ENTRY_TTL_SECONDS)
      })
    },
    setQuery: async (hash, query) => {
      localQueries.set(hash, query)
      if (localQueries.size > LOCAL_QUERIES) localQueries.delete(localQueries.keys().next().value!)
      await attempt(() => redis.set(queryKey(hash), query))
    },
    status: (): CacheStatus =>
      outage
        ? { kind: 'redis', reason: outage.reason, since: new Date(outage.since).toISOString(), state: 'degraded' }
        : { kind: 'redis', state: 'ok' },
    // The server hands over its logger as it starts: the time to connect (a CLI that never uses the cache does not).
    useLogger: (next) => {
      logger = next
      if (redis.status === 'wait') connecting ??= redis.connect().catch(failed)
    },
  }
}
