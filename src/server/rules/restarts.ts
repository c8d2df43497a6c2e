/**
 * When the cluster's primary replaces a worker that ended on its own: always, unless workers keep ending (a
 * database gone for good, a bug on every request), where replacing them would only spin. Then the primary stops
 * and exits with an error, for the service manager (systemd, Docker, Kubernetes) to act on and show.
 */
export const RESTART_WINDOW_MS = 60_000
export const RESTARTS_PER_WINDOW = 5

/** The ends within the window before `now`, this one included; too many means give up. */
export const afterWorkerEnded = (earlierEnds: readonly number[], now: number): { ends: number[]; restart: boolean } => {
  const ends = [...earlierEnds.filter((at) => now - at < RESTART_WINDOW_MS), now]
  return { ends, restart: ends.length <= RESTARTS_PER_WINDOW }
}
