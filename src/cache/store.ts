import type { Payload } from 'payload'

/**
 * A cached GraphQL answer: the exact body, its ETag, what it depends on, when its computation began, and its
 * compressed forms (base64; src/http/precompressed.ts) when it is big enough to be worth compressing.
 */
export type CacheEntry = {
  body: string
  contentType: string
  encoded?: { br?: string; gzip?: string }
  etag: string
  startedAt: number
  tags: string[]
}

/** A cached answer found, and since when it is stale (an edit it misses) if it is: then it may be served a while. */
export type CacheLookup = { entry: CacheEntry; staleSince?: number }

/**
 * Where cached answers live: this process's memory, or Redis shared by every server process. Invalidation
 * stamps tags with the time; an entry is stale from the first stamp of one of its tags at or after the moment it
 * began computing (src/cache/rules/staleness.ts), so an edit that lands while an answer is being computed is
 * never hidden by it.
 */
export interface CacheStore {
  /**
   * Takes the right to compute `key` for up to `ms` among the processes sharing the store: false while another
   * process holds it. Always true for one process's memory (its requests share one computation in the handler)
   * and while Redis is away.
   */
  claim(key: string, ms: number): Promise<boolean>
  close(): Promise<void>
  /** The entry, fresh or stale for less than the allowed staleness; undefined if absent or stale for longer. */
  get(key: string): Promise<CacheLookup | undefined>
  /** Marks everything depending on these tags as stale, in every process sharing the store. */
  invalidate(tags: string[]): Promise<void>
  /** Persisted queries: query texts by their SHA-256, kept without expiry. */
  getQuery(hash: string): Promise<string | undefined>
  /** Gives back a claim taken with `claim`. */
  release(key: string): Promise<void>
  setQuery(hash: string, query: string): Promise<void>
  set(key: string, entry: CacheEntry): Promise<void>
  /**
   * How the store is doing, for `/readyz`: a degraded cache serves computed answers, it does not fail; a closed one
   * (the server stopping) is not used any more.
   */
  status(): CacheStatus
  /** Where the store reports an outage and its end (the server's logger, once it exists). */
  useLogger(logger: CacheLogger): void
}

export type CacheStatus = {
  kind: 'memory' | 'redis'
  reason?: string
  since?: string
  state: 'closed' | 'degraded' | 'ok'
}

export type CacheLogger = { error: (message: string) => void; info: (message: string) => void }

/** Until the server hands over its logger: one JSON line on standard error, as pino would write it. */
export const consoleCacheLogger: CacheLogger = {
  error: (msg) => process.stderr.write(`${JSON.stringify({ level: 50, msg, time: Date.now() })}\n`),
  info: (msg) => process.stderr.write(`${JSON.stringify({ level: 30, msg, time: Date.now() })}\n`),
}

/** The GraphQL answer cache of this configuration (undefined with CACHE=false), kept on `config.custom.cache`. */
export const cacheStoreOf = (payload: Payload): CacheStore | undefined =>
  (payload.config.custom as { cache?: CacheStore }).cache
