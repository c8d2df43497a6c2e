import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { sourceHash } from '../base/sourceHash.mjs'

/** What the admin build is made from; when any of it changes, `npm start` rebuilds before serving. */
const BUILD_INPUTS = [
  'app',
  'collections',
  'src',
  'tenants',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
]
const HASH_FILE = path.join('.next', 'portal-build-inputs.sha256')

export const hashBuildInputs = (dir = process.cwd()): string => sourceHash(dir, BUILD_INPUTS)

const builtFrom = (dir: string): string | undefined => {
  const file = path.join(dir, HASH_FILE)
  return fs.existsSync(path.join(dir, '.next', 'BUILD_ID')) && fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8').trim()
    : undefined
}

/** Records that the current `.next` build was made from the current sources (called by `npm run build`). */
export const recordAdminBuild = (dir = process.cwd()): void => {
  fs.writeFileSync(path.join(dir, HASH_FILE), `${hashBuildInputs(dir)}\n`)
}

/**
 * Builds the admin panel when there is no build yet or the sources changed since the last one, saying so,
 * so that `npm start` on a fresh clone needs no other step.
 */
export const ensureAdminBuilt = (say: (line: string) => void, dir = process.cwd()): void => {
  const current = hashBuildInputs(dir)
  const previous = builtFrom(dir)
  if (previous === current) return
  say(
    previous === undefined
      ? 'First start: building the admin panel (about a minute)…'
      : 'The sources changed since the admin panel was built: rebuilding it (about a minute)…',
  )
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: 'inherit' })
  // The build may rewrite its own inputs (the import map), so compare with the sources as they are now.
  if (result.status !== 0 || builtFrom(dir) !== hashBuildInputs(dir)) {
    throw new Error(`Building the admin panel failed (npm run build exited ${result.status}).`)
  }
  say('Admin panel built.')
}
