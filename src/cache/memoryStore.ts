import { type CacheEntry, type CacheStore, invalidationStamp, isFresh } from './store'

/** The cache of one process: a bounded map (least recently used out first) and the tags' invalidation times. */
export const memoryStore = (maxEntries: number, graceMs = 0): CacheStore => {
  const entries = new Map<string, CacheEntry>()
  const stamps = new Map<string, number>()
  const queries = new Map<string, string>()
  return {
    close: async () => {
      entries.clear()
    },
    get: async (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (
        !isFresh(
          entry,
          entry.tags.map((tag) => stamps.get(tag)),
        )
      ) {
        entries.delete(key)
        return undefined
      }
      entries.delete(key)
      entries.set(key, entry)
      return entry
    },
    getQuery: async (hash) => queries.get(hash),
    invalidate: async (tags) => {
      const now = invalidationStamp(graceMs)
      for (const tag of tags) stamps.set(tag, now)
    },
    set: async (key, entry) => {
      entries.delete(key)
      entries.set(key, entry)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
    },
    setQuery: async (hash, query) => {
      queries.set(hash, query)
    },
    status: () => ({ kind: 'memory', state: 'ok' }),
    useLogger: () => {},
  }
}
