import cluster, { type Worker } from 'node:cluster'

import { afterWorkerEnded, RESTART_WINDOW_MS } from './rules/restarts'

/**
 * The primary process of `WORKERS` > 1 (`npm start`, `npm run serve:api`): it loads nothing of Payload and
 * serves nothing itself. It forks the workers, which share the listening port (Node's cluster hands each new
 * connection to the next worker in turn), replaces a worker that ends on its own, and on SIGTERM or SIGINT passes
 * the signal to every worker (each finishes its requests in flight, src/server/startServer.ts) and ends once they
 * all have. Worker 1 starts first and alone prepares the database (migrations, the 202 units); the others start
 * once it listens. The processes share nothing in memory, so the cache must be Redis (settings refuse otherwise);
 * worker 1 alone runs the chores (queued jobs, the audit retention).
 *
 * Resolves with the exit code: 0 when every worker stopped cleanly on a signal, 1 when the cluster gave up
 * (worker 1 failed to start, or workers kept ending: src/server/rules/restarts.ts).
 */
export const runCluster = (
  workers: number,
  say: (line: string) => void,
  /** Called once, when every worker listens (the benchmark waits for it). */
  onReady?: (port: number) => void,
): Promise<number> =>
  new Promise((resolve) => {
    const numberOf = new Map<Worker, number>()
    let ends: number[] = []
    let ready = false
    let stopping = false
    let failed = false

    const fork = (number: number) => {
      const worker = cluster.fork({ PORTAL_WORKER: String(number) })
      numberOf.set(worker, number)
      return worker
    }
    const finishIfDone = () => {
      if (numberOf.size === 0) resolve(failed ? 1 : 0)
    }
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return
      stopping = true
      for (const worker of numberOf.keys()) worker.process.kill(signal)
      finishIfDone()
    }

    cluster.on('exit', (worker, code, signal) => {
      const number = numberOf.get(worker) ?? 0
      numberOf.delete(worker)
      if (stopping) {
        // Ended by the signal passed on (code 0 after its shutdown, or the signal itself while still starting).
        if (code !== null && code !== 0) failed = true
        return finishIfDone()
      }
      const how = signal ? `signal ${signal}` : `exit code ${code}`
      if (!ready) {
        say(`Worker ${number} ended before the service was ready (${how}): stopping.`)
        failed = true
        return stop('SIGTERM')
      }
      const next = afterWorkerEnded(ends, Date.now())
      ends = next.ends
      if (!next.restart) {
        say(`${ends.length} workers ended within ${RESTART_WINDOW_MS / 1000} s (the last: ${how}): stopping.`)
        failed = true
        return stop('SIGTERM')
      }
      say(`Worker ${number} (pid ${worker.process.pid}) ended (${how}): starting another.`)
      fork(number)
    })

    process.on('SIGTERM', () => stop('SIGTERM'))
    process.on('SIGINT', () => stop('SIGINT'))

    say(`Cluster: ${workers} workers (primary pid ${process.pid}).`)
    let listening = 0
    const whenListening = (_worker: Worker, address: { port: number }) => {
      listening += 1
      if (listening < workers) return
      cluster.off('listening', whenListening)
      onReady?.(address.port)
    }
    cluster.on('listening', whenListening)
    fork(1).once('listening', () => {
      ready = true
      for (let number = 2; number <= workers; number++) fork(number)
    })
  })
