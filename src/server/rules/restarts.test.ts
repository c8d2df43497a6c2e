import { afterWorkerEnded, RESTART_WINDOW_MS, RESTARTS_PER_WINDOW } from './restarts'

describe('replacing workers that end', () => {
  it('replaces a worker that ends now and then', () => {
    let ends: number[] = []
    for (let minute = 0; minute < 20; minute++) {
      const next = afterWorkerEnded(ends, minute * RESTART_WINDOW_MS)
      expect(next.restart).toBe(true)
      ends = next.ends
    }
    expect(ends).toHaveLength(1)
  })

  it('gives up when more than the allowed number end within the window', () => {
    let ends: number[] = []
    const outcomes = Array.from({ length: RESTARTS_PER_WINDOW + 1 }, (_, index) => {
      const next = afterWorkerEnded(ends, 1000 + index * 1000)
      ends = next.ends
      return next.restart
    })
    expect(outcomes).toEqual([...Array(RESTARTS_PER_WINDOW).fill(true), false])
  })

  it('forgets ends older than the window', () => {
    const old = Array.from({ length: RESTARTS_PER_WINDOW }, (_, index) => index)
    expect(afterWorkerEnded(old, RESTART_WINDOW_MS + RESTARTS_PER_WINDOW)).toEqual({
      ends: [RESTART_WINDOW_MS + RESTARTS_PER_WINDOW],
      restart: true,
    })
  })
})
