import { freshnessOf, type TagHistory, withStamp } from './rules/staleness'
import type { CacheEntry, CacheStore } from './store'

/**
 * The cache of one process: a bounded map (least recently used out first) and the tags' invalidation times.
 * An entry is kept while it may still be served (`maxStaleMs` after it became stale), then dropped when read.
 */
export const memoryStore = (maxEntries: number, maxStaleMs: number): CacheStore => {
  const entries = new Map<string, CacheEntry>()
  const histories = new Map<string, TagHistory>()
  const queries = new Map<string, string>()
  let closed = false
  return {
    claim: async () => true,
    close: async () => {
      closed = true
      entries.clear()
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
      if (freshness.state === 'expired') return undefined
      entries.set(key, entry)
      return freshness.state === 'stale' ? { entry, staleSince: freshness.since } : { entry }
    },
    getQuery: async (hash) => queries.get(hash),
    invalidate: async (tags) => {
      const now = Date.now()
      for (const tag of tags) histories.set(tag, withStamp(histories.get(tag), now, maxStaleMs))
    },
    release: async () => {},
    set: async (key, entry) => {
      entries.delete(key)
      entries.set(key, entry)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
    setQuery: async (hash, query) => {
      queries.set(hash, query)
    },
    status: () => ({ kind: 'memory', state: closed ? 'closed' : 'ok' }),
    useLogger: () => {},
  }
}
