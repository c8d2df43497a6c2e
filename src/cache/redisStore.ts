import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'

import { freshnessOf, type TagHistory } from './rules/staleness'
import { type CacheEntry, type CacheLogger, type CacheStatus, type CacheStore, consoleCacheLogger } from './store'

/** Entries expire on their own after a day; tag stamps live a little longer than any entry they could concern. */
const ENTRY_TTL_SECONDS = 24 * 60 * 60
const STAMP_TTL_SECONDS = ENTRY_TTL_SECONDS + 60 * 60
/** A command Redis has not answered by then counts as an outage: a read pays at most this for the cache. */
const COMMAND_TIMEOUT_MS = 300
/** After a failure Redis is left alone this long (every answer is computed), then tried again. */
const PAUSE_AFTER_FAILURE_MS = 2000
/** Persisted queries kept in the process too, for while Redis is away (they never change: keyed by their hash). */
const LOCAL_QUERIES = 5000
/**
 * Persisted queries are kept in Redis this long: anyone may register one, so they must not pile up for ever; a
 * client whose query has gone sends its text again when told PERSISTED_QUERY_NOT_FOUND (the protocol's own way).
 */
const QUERY_TTL_SECONDS = 30 * 24 * 3600

type StoredEntry = CacheEntry & { generation: string }

/**
 * An invalidation, atomically for each tag (KEYS: its latest-stamp key and its history, in pairs): the latest
 * stamp only ever moves forward (processes may report out of order); the history (a sorted set) gets the stamp
 * and forgets those older than the staleness window into the member `floor`, as `withStamp` does in
 * src/cache/rules/staleness.ts; with ARGV[4] = 1 (a time not known, lost while Redis was away) the history
 * becomes just a floor at the stamp, as `withUnknownStamp` does.
 */
const INVALIDATE_SCRIPT = `
local stamp, keepFrom, ttl, unknown = ARGV[1], ARGV[2], ARGV[3], ARGV[4] == '1'
for i = 1, #KEYS, 2 do
  local latest, history = KEYS[i], KEYS[i + 1]
  local current = tonumber(redis.call('GET', latest))
  if not current or current < tonumber(stamp) then redis.call('SET', latest, stamp, 'EX', ttl) end
  if unknown then
    redis.call('DEL', history)
    redis.call('ZADD', history, stamp, 'floor')
  else
    local old = redis.call('ZRANGEBYSCORE', history, '-inf', '(' .. keepFrom, 'WITHSCORES')
    if #old > 0 then
      redis.call('ZREMRANGEBYSCORE', history, '-inf', '(' .. keepFrom)
      redis.call('ZADD', history, old[#old], 'floor')
    end
    redis.call('ZADD', history, stamp, stamp)
  end
  redis.call('EXPIRE', history, ttl)
end
return #KEYS / 2
`

/** Gives a claim back only if it is still ours (it may have expired and been taken by another process). */
const RELEASE_SCRIPT = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`

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
 * - a claim (single flight across processes) that may have been taken although its reply was lost is given back
 *   as soon as Redis answers again, so other processes do not wait out its 10 s for an answer nobody computes;
 * - a process that starts cannot know what invalidations it lost before it stopped, so it first moves the
 *   cache's generation on: entries carry the generation they were stored under, and older ones are ignored.
 */
export const redisStore = (
  url: string,
  prefix: string,
  { clockSkewMs, maxStaleMs }: { clockSkewMs: number; maxStaleMs: number },
): CacheStore => {
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
  const historyKey = (tag: string) => `${prefix}history:${tag}`
  const claimKey = (key: string) => `${prefix}claim:${key}`
  /** This process's claims: the value that proves a claim is ours when giving it back. */
  const claimToken = randomUUID()
  /**
   * Stamps are this process's clock; answers' start times are the reading process's. Stamping a little ahead
   * (CACHE_CLOCK_SKEW_MS) covers processes on machines whose clocks differ by up to that much.
   */
  const stampNow = () => Date.now() + clockSkewMs
  const invalidateScript = (tags: string[], stamp: number, unknownTime: boolean) =>
    redis.eval(
      INVALIDATE_SCRIPT,
      tags.length * 2,
      ...tags.flatMap((tag) => [stampKey(tag), historyKey(tag)]),
      String(stamp),
      String(stamp - maxStaleMs),
      String(STAMP_TTL_SECONDS),
      unknownTime ? '1' : '0',
    )
  const releaseScript = (key: string) => redis.eval(RELEASE_SCRIPT, 1, claimKey(key), claimToken)
  const queryKey = (hash: string) => `${prefix}query:${hash}`
  const generationKey = `${prefix}generation`
  const localQueries = new Map<string, string>()
  let logger: CacheLogger = consoleCacheLogger
  let closed = false

  let connecting: Promise<void> | undefined
  let pausedUntil = 0
  let outage: { reason: string; since: number } | undefined
  /** Tags whose invalidation could not reach Redis, stamped when it answers again. */
  const lostTags = new Set<string>()
  /**
   * Claims this process could not give back: a claim whose reply timed out may still have been taken (Redis ran
   * the command late), and its release then falls in the pause after the failure. Left alone, such a claim made
   * every other process wait its full 10 s for an answer nobody was computing (a cluster test's reader timed out
   * so); they are given back as soon as Redis answers again, unless they have expired by then.
   */
  const heldClaims = new Map<string, number>()
  const unreleasedClaims = new Map<string, number>()
  let retryTimer: NodeJS.Timeout | undefined
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

  /** Claims past their expiry are gone from Redis already: nothing to give back. */
  const forgetExpiredClaims = () => {
    for (const [key, expires] of unreleasedClaims) if (expires <= Date.now()) unreleasedClaims.delete(key)
  }

  /** Before anything is read from Redis: the generation moved on (at start) and the lost invalidations stamped. */
  const catchUp = async () => {
    if (!mustAdvanceGeneration && lostTags.size === 0 && unreleasedClaims.size === 0) return
    catchingUp ??= (async () => {
      const tags = [...lostTags]
      if (mustAdvanceGeneration) generation = String(await redis.incr(generationKey))
      mustAdvanceGeneration = false
      // When these invalidations happened is not known: no answer begun before now is served for them.
      if (tags.length) await invalidateScript(tags, stampNow(), true)
      for (const tag of tags) lostTags.delete(tag)
      forgetExpiredClaims()
      for (const key of [...unreleasedClaims.keys()]) {
        await releaseScript(key)
        unreleasedClaims.delete(key)
      }
    })().finally(() => (catchingUp = undefined))
    await catchingUp
  }

  /** Once the pause after a failure is over, catches up even if no request comes to this process meanwhile. */
  const retryLater = () => {
    if (retryTimer || closed) return
    retryTimer = setTimeout(
      () => {
        retryTimer = undefined
        if (closed) return
        forgetExpiredClaims()
        void attempt(async () => undefined).then(() => {
          if (unreleasedClaims.size || lostTags.size) retryLater()
        })
      },
      Math.max(pausedUntil - Date.now(), 0) + 50,
    )
    retryTimer.unref()
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
    claim: async (key, ms) => {
      let sent = false
      const taken = await attempt(() => {
        sent = true
        return redis.set(claimKey(key), claimToken, 'PX', ms, 'NX')
      })
      // Sent but unanswered: Redis may have taken it all the same.
      if (taken === 'OK' || (taken === undefined && sent)) heldClaims.set(key, Date.now() + ms)
      // Redis away: every process computes its own, as without a shared cache.
      return taken === undefined || taken === 'OK'
    },
    close: async () => {
      closed = true
      clearTimeout(retryTimer)
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
      const latest = entry.tags.length ? await attempt(() => redis.mget(entry.tags.map(stampKey))) : []
      if (!latest) return undefined
      const stampOf = (value: string | null) => (value === null ? undefined : Number(value))
      // Most reads end here: no tag stamped since the entry began.
      const staleTags = entry.tags.filter((_, index) => (stampOf(latest[index]!) ?? -Infinity) >= entry.startedAt)
      if (staleTags.length === 0) return { entry }
      // Since when it is stale: per stale tag, its floor and its first stamp at or after the entry began.
      const histories = await attempt(async () => {
        const batch = redis.multi()
        for (const tag of staleTags)
          batch
            .zscore(historyKey(tag), 'floor')
            .zrangebyscore(historyKey(tag), entry.startedAt, '+inf', 'WITHSCORES', 'LIMIT', 0, 2)
        const results = await batch.exec()
        if (!results || results.some(([error]) => error)) throw new Error('a history was not read')
        return staleTags.map((_, index): TagHistory => {
          const floor = stampOf(results[index * 2]![1] as string | null)
          const members = results[index * 2 + 1]![1] as string[]
          // Members and scores alternate; the floor is not a stamp (the next member is, if any).
          const stamps: number[] = []
          for (let at = 0; at < members.length; at += 2)
            if (members[at] !== 'floor') stamps.push(Number(members[at + 1]))
          return { ...(floor === undefined ? {} : { floor }), stamps: stamps.slice(0, 1) }
        })
      })
      if (!histories) return undefined
      const freshness = freshnessOf(entry.startedAt, histories, Date.now(), maxStaleMs)
      if (freshness.state === 'expired') return undefined
      return freshness.state === 'stale' ? { entry, staleSince: freshness.since } : { entry }
    },
    getQuery: async (hash) => localQueries.get(hash) ?? (await attempt(() => redis.get(queryKey(hash)))) ?? undefined,
    invalidate: async (tags) => {
      if (tags.length === 0) return
      const done = await attempt(async () => {
        await invalidateScript(tags, stampNow(), false)
        return true
      })
      // Until the generation has moved on (the process's first contact with Redis), everything is stale anyway.
      if (done || mustAdvanceGeneration) return
      for (const tag of tags) lostTags.add(tag)
      retryLater()
    },
    release: async (key) => {
      const expires = heldClaims.get(key)
      if (expires === undefined) return
      heldClaims.delete(key)
      const done = await attempt(async () => {
        await releaseScript(key)
        return true
      })
      if (done || expires <= Date.now()) return
      unreleasedClaims.set(key, expires)
      retryLater()
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
      await attempt(() => redis.set(queryKey(hash), query, 'EX', QUERY_TTL_SECONDS))
    },
    status: (): CacheStatus =>
      closed
        ? { kind: 'redis', state: 'closed' }
        : outage
          ? { kind: 'redis', reason: outage.reason, since: new Date(outage.since).toISOString(), state: 'degraded' }
          : { kind: 'redis', state: 'ok' },
    // The server hands over its logger as it starts: the time to connect (a CLI that never uses the cache does not).
    useLogger: (next) => {
      logger = next
      if (redis.status === 'wait') connecting ??= redis.connect().catch(failed)
    },
  }
}
