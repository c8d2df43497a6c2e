/**
 * Work a process starts that no request waits for: a stale answer recomputed after its reader was answered, the
 * popular answers refreshed after an edit. Shutdown refuses new work and waits for what runs before the database
 * connections close; otherwise a query still running met a closed pool, and pg-pool threw "Release called on
 * client which has already been released to the pool" as an uncaught exception (stop 22's CI, PostgreSQL).
 */
export type Background = {
  /** Keeps `work` (already started) until it settles; its failure is the caller's to handle. */
  track: <T>(work: Promise<T>) => Promise<T>
  /** True once `stop` was called: start nothing new. */
  readonly stopping: boolean
  /** Refuses new work and resolves once what runs has settled, or after `timeoutMs` ('late'). */
  stop: (timeoutMs: number) => Promise<'settled' | 'late'>
}

export const backgroundWork = (): Background => {
  const running = new Set<Promise<unknown>>()
  let stopping = false
  return {
    get stopping() {
      return stopping
    },
    stop: async (timeoutMs) => {
      stopping = true
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)))
      // Work may start more work while it settles (a refresh joining a recomputation): wait until none is left.
      const settled = (async () => {
        while (running.size > 0) await Promise.allSettled([...running])
        return 'settled' as const
      })()
      const outcome = await Promise.race([settled, late])
      clearTimeout(timer)
      return outcome
    },
    track: (work) => {
      running.add(work)
      const forget = () => running.delete(work)
      work.then(forget, forget)
      return work
    },
  }
}
