import type { Payload } from 'payload'

/** A cached GraphQL answer: the exact body, its ETag, what it depends on, and when its computation began. */
export type CacheEntry = { body: string; contentType: string; etag: string; startedAt: number; tags: string[] }

/**
 * Where cached answers live: this process's memory, or Redis shared by every server process. Invalidation
 * stamps tags with the time; an entry is fresh only if none of its tags was stamped after it began computing,
 * so an edit that lands while an answer is being computed is never hidden by it.
 */
export interface CacheStore {
  close(): Promise<void>
  get(key: string): Promise<CacheEntry | undefined>
  /** Marks everything depending on these tags as stale, in every process sharing the store. */
  invalidate(tags: string[]): Promise<void>
  /** Persisted queries: query texts by their SHA-256, kept without expiry. */
  getQuery(hash: string): Promise<string | undefined>
  setQuery(hash: string, query: string): Promise<void>
  set(key: string, entry: CacheEntry): Promise<void>
  /** How the store is doing, for `/readyz`: a degraded cache serves computed answers, it does not fail. */
  status(): CacheStatus
  /** Where the store reports an outage and its end (the server's logger, once it exists). */
  useLogger(logger: CacheLogger): void
}

export type CacheStatus = { kind: 'memory' | 'redis'; reason?: string; since?: string; state: 'degraded' | 'ok' }

export type CacheLogger = { error: (message: string) => void; info: (message: string) => void }

/** Until the server hands over its logger: one JSON line on standard error, as pino would write it. */
export const consoleCacheLogger: CacheLogger = {
  error: (msg) => process.stderr.write(`${JSON.stringify({ level: 50, msg, time: Date.now() })}\n`),
  info: (msg) => process.stderr.write(`${JSON.stringify({ level: 30, msg, time: Date.now() })}\n`),
}

export const isFresh = (entry: CacheEntry, stamps: Array<number | undefined>): boolean =>
  stamps.every((stamp) => stamp === undefined || stamp < entry.startedAt)

/**
 * The time an invalidation stamps, a little ahead of now (CACHE_COMMIT_GRACE_MS): the change it reports is
 * committed only after the hook runs, so an answer computed in that moment may still have read the old data and
 * must count as stale.
 */
export const invalidationStamp = (graceMs: number): number => Date.now() + graceMs

/** The GraphQL answer cache of this configuration (undefined with CACHE=false), kept on `config.custom.cache`. */
export const cacheStoreOf = (payload: Payload): CacheStore | undefined =>
  (payload.config.custom as { cache?: CacheStore }).cache
