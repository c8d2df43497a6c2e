import { freshnessOf, type TagHistory, withStamp, withUnknownStamp } from './staleness'

const WINDOW = 3000
const historyOf = (...stamps: number[]) =>
  stamps.reduce<TagHistory | undefined>((history, stamp) => withStamp(history, stamp, WINDOW), undefined)

describe('how long an invalidated answer may still be served', () => {
  it('is fresh while none of its tags was invalidated at or after it began', () => {
    expect(freshnessOf(1000, [undefined, historyOf(500, 999)], 5000, WINDOW)).toEqual({ state: 'fresh' })
  })

  it('is stale from the first invalidation at or after it began (the same millisecond counts)', () => {
    expect(freshnessOf(1000, [historyOf(1000)], 1500, WINDOW)).toEqual({ since: 1000, state: 'stale' })
    expect(freshnessOf(1000, [historyOf(900, 1200, 1800), historyOf(1100)], 2000, WINDOW)).toEqual({
      since: 1100,
      state: 'stale',
    })
  })

  it('may be served for the window after the first invalidation, never after, however many edits follow', () => {
    // An edit every second: the latest is always recent, yet the answer has been stale since 2000.
    const everySecond = historyOf(2000, 3000, 4000)
    expect(freshnessOf(1500, [everySecond], 4999, WINDOW)).toEqual({ since: 2000, state: 'stale' })
    expect(freshnessOf(1500, [everySecond], 5000, WINDOW)).toEqual({ state: 'expired' })
    expect(freshnessOf(1500, [historyOf(2000, 3000, 4000, 5000, 6000)], 6000, WINDOW)).toEqual({ state: 'expired' })
    // An answer begun after some of those edits is stale only from the next one.
    expect(freshnessOf(4500, [historyOf(2000, 3000, 4000, 5000, 6000)], 6500, WINDOW)).toEqual({
      since: 5000,
      state: 'stale',
    })
  })

  it('forgets invalidations older than the window into a floor that still expires the answers begun before', () => {
    const history = historyOf(1000, 2000, 9000)
    expect(history).toEqual({ floor: 2000, stamps: [9000] })
    // Begun before a forgotten invalidation: past serving, even though the only one listed is recent.
    expect(freshnessOf(1500, [history], 9100, WINDOW)).toEqual({ state: 'expired' })
    // Begun after them: judged by the listed one.
    expect(freshnessOf(2500, [history], 9100, WINDOW)).toEqual({ since: 9000, state: 'stale' })
    // The floor only grows.
    expect(withStamp({ floor: 5000, stamps: [] }, 6000, 500)).toEqual({ floor: 5000, stamps: [6000] })
  })

  it('keeps invalidations arriving out of order (several processes) in order', () => {
    expect(withStamp(historyOf(5000), 4000, WINDOW)).toEqual({ stamps: [4000, 5000] })
  })

  it('never serves an answer begun before an invalidation whose time is unknown', () => {
    expect(freshnessOf(999, [withUnknownStamp(1000)], 1001, WINDOW)).toEqual({ state: 'expired' })
    expect(freshnessOf(1001, [withUnknownStamp(1000)], 1002, WINDOW)).toEqual({ state: 'fresh' })
  })

  it('with a window of zero, an invalidated answer is never served', () => {
    expect(freshnessOf(1000, [withStamp(undefined, 1200, 0)], 1200, 0)).toEqual({ state: 'expired' })
    expect(freshnessOf(1300, [withStamp(undefined, 1200, 0)], 1300, 0)).toEqual({ state: 'fresh' })
  })
})
