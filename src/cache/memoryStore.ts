import { freshnessOf, type TagHistory, withStamp } from './rules/staleness'
import type { CacheEntry, CacheStore } from './store'

/** Persisted queries kept (least recently used out first): a province's frontends send a few hundred. */
export const MAX_PERSISTED_QUERIES = 5000

/**
 * What an entry holds in memory, roughly: JavaScript keeps a string with any character past U+00FF (every
 * Vietnamese answer) at two bytes a character; the compressed forms are base64 (one byte a character).
 */
export const entryBytes = (key: string, entry: CacheEntry): number =>
  2 * (key.length + entry.body.length + entry.etag.length + entry.tags.reduce((sum, tag) => sum + tag.length, 0)) +
  (entry.encoded?.br?.length ?? 0) +
  (entry.encoded?.gzip?.length ?? 0)

export type MemoryStoreLimits = {
  /** Bytes of answers kept (`entryBytes`), least recently used out first. */
  maxBytes: number
  /** Answers kept, least recently used out first. */
  maxEntries: number
  /** How long after an edit a stale answer may still be served while one recomputation runs. */
  maxStaleMs: number
}

/**
 * The cache of one process: a map bounded in answers and in bytes (least recently used out first) and the tags'
 * invalidation times. An entry is kept while it may still be served (`maxStaleMs` after it became stale), then
 * dropped when read. Persisted queries are bounded too: anyone may register one, and each can be 100 KB.
 */
export const memoryStore = ({ maxBytes, maxEntries, maxStaleMs }: MemoryStoreLimits): CacheStore => {
  const entries = new Map<string, CacheEntry>()
  const sizes = new Map<string, number>()
  let bytes = 0
  const histories = new Map<string, TagHistory>()
  const queries = new Map<string, string>()
  let closed = false
  const remove = (key: string) => {
    entries.delete(key)
    bytes -= sizes.get(key) ?? 0
    sizes.delete(key)
  }
  return {
    claim: async () => true,
    close: async () => {
      closed = true
      entries.clear()
      sizes.clear()
      bytes = 0
    },
    get: async (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      const freshness = freshnessOf(
        entry.startedAt,
        entry.tags.map((tag) => histories.get(tag)),
        Date.now(),
        maxStaleMs,
      )
      entries.delete(key)
      if (freshness.state === 'expired') {
        remove(key)
        return undefined
      }
      entries.set(key, entry)
      return freshness.state === 'stale' ? { entry, staleSince: freshness.since } : { entry }
    },
    getQuery: async (hash) => {
      const query = queries.get(hash)
      if (query !== undefined) {
        queries.delete(hash)
        queries.set(hash, query)
      }
      return query
    },
    invalidate: async (tags) => {
      const now = Date.now()
      for (const tag of tags) histories.set(tag, withStamp(histories.get(tag), now, maxStaleMs))
    },
    release: async () => {},
    set: async (key, entry) => {
      remove(key)
      const size = entryBytes(key, entry)
      // An answer larger than the whole store is not kept (it would push out everything else).
      if (size > maxBytes) return
      entries.set(key, entry)
      sizes.set(key, size)
      bytes += size
      while (entries.size > maxEntries || bytes > maxBytes) remove(entries.keys().next().value!)
    },
    setQuery: async (hash, query) => {
      queries.delete(hash)
      queries.set(hash, query)
      if (queries.size > MAX_PERSISTED_QUERIES) queries.delete(queries.keys().next().value!)
    },
    status: () => ({ kind: 'memory', state: closed ? 'closed' : 'ok' }),
    useLogger: () => {},
  }
}
