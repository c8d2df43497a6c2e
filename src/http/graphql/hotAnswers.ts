/** Requests are counted over about this long: every period, the counts are halved (older demand fades). */
const HALF_LIFE_MS = 60_000
/** An answer asked for fewer times than this (after halving) is not hot. */
const MIN_REQUESTS = 3
/** Keys counted at most: beyond, the least requested are forgotten (a crawl over 200,000 pages is no demand). */
const MAX_COUNTED = 5000

type Counted = { count: number; replay: () => Request }

/**
 * The answers this process was asked for most lately, with how to ask for each again (the request, replayed
 * without its response). Counting costs one map update per request; `replay` is made once per key.
 */
export const hotAnswers = (count: number, now: () => number = Date.now) => {
  const counted = new Map<string, Counted>()
  let halvedAt = now()

  const age = () => {
    if (now() - halvedAt < HALF_LIFE_MS) return
    halvedAt = now()
    for (const [key, entry] of counted) {
      entry.count = Math.floor(entry.count / 2)
      if (entry.count === 0) counted.delete(key)
    }
  }
  const forgetLeastRequested = () => {
    const ranked = [...counted.entries()].sort(([, a], [, b]) => a.count - b.count)
    for (const [key] of ranked.slice(0, counted.size - MAX_COUNTED / 2)) counted.delete(key)
  }

  return {
    /** Counts one request for `key`; `replay` is called only the first time the key is seen. */
    requested: (key: string, replay: () => () => Request) => {
      if (count === 0) return
      const entry = counted.get(key)
      if (entry) entry.count += 1
      else {
        counted.set(key, { count: 1, replay: replay() })
        if (counted.size > MAX_COUNTED) forgetLeastRequested()
      }
    },
    /**
     * Counts one more request for a key already counted, without making its replay (a cache hit served before
     * Express has no Express request to replay); false when the key is not counted yet and must be counted with
     * `requested`. True when nothing is counted (`count` 0).
     */
    requestedAgain: (key: string): boolean => {
      if (count === 0) return true
      const entry = counted.get(key)
      if (entry) entry.count += 1
      return entry !== undefined
    },
    /** The `count` most requested keys, most first, asked for at least MIN_REQUESTS times lately. */
    hottest: (): Array<{ key: string; replay: () => Request }> => {
      age()
      return [...counted.entries()]
        .filter(([, entry]) => entry.count >= MIN_REQUESTS)
        .sort(([, a], [, b]) => b.count - a.count)
        .slice(0, count)
        .map(([key, entry]) => ({ key, replay: entry.replay }))
    },
  }
}
