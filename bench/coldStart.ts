import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
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

/** Starts `npm run serve:api`'s command on a free port; resolves with the milliseconds to its first answer. */
const startUntilAnswered = async (env: Record<string, string>, request: GraphqlRequest) => {
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
      if (answered) return { child, ms: Math.round(performance.now() - started) }
      await sleep(10)
    }
  } catch (error) {
    child.kill('SIGTERM')
    throw error
  }
}

const DIST = process.env.PORTAL_DIST_DIR || 'dist'
const codeCaches = () => fs.readdirSync(DIST).filter((name) => name.startsWith('api.cjs.') && name.endsWith('.cache'))

/**
 * A deployment's build step and first start: the server compiled (`--build-only`), then started once and left
 * running until it has written V8's code cache of its bundle (src/server/launch.mjs, 10 s after its start), as
 * the first start of each new version does. Resolves with that first start's milliseconds to its first answer.
 */
export const firstStartMs = async (env: Record<string, string>, request: GraphqlRequest): Promise<number> => {
  const built = spawnSync(process.execPath, [...LAUNCH, '--build-only'], { encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`compiling the server failed: ${built.stderr}`)
  for (const stale of codeCaches()) fs.rmSync(path.join(DIST, stale))
  const { child, ms } = await startUntilAnswered(env, request)
  try {
    for (const until = Date.now() + GIVE_UP_MS; codeCaches().length === 0; await sleep(200))
      if (Date.now() > until) throw new Error('the API server wrote no code cache')
  } finally {
    child.kill('SIGTERM')
  }
  return ms
}

/**
 * Milliseconds from spawning `npm run serve:api`'s command (the API-only server, on the benchmark database)
 * to its first answered GraphQL request, polled every 10 ms: a restart or another node of the same version,
 * after `firstStartMs`.
 */
export const coldStartMs = async (env: Record<string, string>, request: GraphqlRequest): Promise<number> => {
  const { child, ms } = await startUntilAnswered(env, request)
  child.kill('SIGTERM')
  return ms
}
