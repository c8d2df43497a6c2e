import { spawn, spawnSync } from 'node:child_process'
import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

import { askGraphql, type GraphqlRequest } from './load'
import { PRODUCTION_ENV } from './servers/spawnServer'

const GIVE_UP_MS = 60_000

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** `npm run serve:api`'s command: the server compiled ahead (src/server/launch.mjs), without tsx. */
const LAUNCH = ['--import', './src/preload/lexical.mjs', 'src/server/launch.mjs']

/**
 * Milliseconds from spawning `npm run serve:api`'s command (the API-only server, on the benchmark database)
 * to its first answered GraphQL request, polled every 10 ms. The server is compiled before the clock starts,
 * as a deployment does once.
 */
export const coldStartMs = async (env: Record<string, string>, request: GraphqlRequest): Promise<number> => {
  const built = spawnSync(process.execPath, [...LAUNCH, '--build-only'], { encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`compiling the server failed: ${built.stderr}`)
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, [...LAUNCH, '--api-only'], {
    env: { ...process.env, ...PRODUCTION_ENV, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: 'ignore',
  })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API server exited (${child.exitCode}) before answering`)
      if (performance.now() - started > GIVE_UP_MS)
        throw new Error(`the API server did not answer within ${GIVE_UP_MS / 1000} s`)
      const answered = await askGraphql(`http://127.0.0.1:${port}`, request).then(
        () => true,
        () => false,
      )
      if (answered) return Math.round(performance.now() - started)
      await sleep(10)
    }
  } finally {
    child.kill('SIGTERM')
  }
}
