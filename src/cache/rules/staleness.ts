/**
 * How long after an edit a cached answer may still be served (stale-while-revalidate), as pure rules over the
 * times the answer's tags were invalidated. An answer is stale from the first invalidation of one of its tags at
 * or after the moment its computation began; it may be served while a recomputation runs for less than `maxStaleMs`
 * after that first invalidation, never later (0: never), however many edits follow (an edit every second must not keep an old
 * answer alive: the *first* one counts, not the latest).
 *
 * A tag's history keeps the invalidations of the last `maxStaleMs` and a `floor`: an answer begun before it
 * is past serving (the older invalidations it stands for are all more than `maxStaleMs` old, or their time was
 * not recorded, as when Redis was away).
 */
export type TagHistory = { floor?: number; stamps: number[] }

export type Freshness = { state: 'expired' } | { state: 'fresh' } | { state: 'stale'; since: number }

/** The history after an invalidation at `stamp`, forgetting what no answer can be served for any more. */
export const withStamp = (history: TagHistory | undefined, stamp: number, maxStaleMs: number): TagHistory => {
  const keepFrom = stamp - maxStaleMs
  const stamps = [...(history?.stamps ?? []), stamp].sort((a, b) => a - b)
  const forgotten = stamps.filter((time) => time < keepFrom)
  const floors = [history?.floor, ...forgotten].filter((time): time is number => time !== undefined)
  return {
    ...(floors.length ? { floor: Math.max(...floors) } : {}),
    stamps: stamps.filter((time) => time >= keepFrom),
  }
}

/** An invalidation whose time is unknown but at most `now`: every answer begun before `now` is past serving. */
export const withUnknownStamp = (now: number): TagHistory => ({ floor: now, stamps: [] })

export const freshnessOf = (
  startedAt: number,
  histories: Array<TagHistory | undefined>,
  now: number,
  maxStaleMs: number,
): Freshness => {
  let since: number | undefined
  for (const history of histories) {
    if (!history) continue
    if (history.floor !== undefined && history.floor >= startedAt) return { state: 'expired' }
    const first = history.stamps.find((time) => time >= startedAt)
    if (first !== undefined && (since === undefined || first < since)) since = first
  }
  if (since === undefined) return { state: 'fresh' }
  return now - since < maxStaleMs ? { since, state: 'stale' } : { state: 'expired' }
}
