import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { generateImportMap } from 'payload'

import config from '../../payload.config'
import { recordAdminBuild } from '../http/adminBuild'

/**
 * `npm run build`: regenerates the admin's import map from the config, builds the Next.js admin panel, and
 * records which sources it was built from (so `npm start` knows when to rebuild).
 */
await generateImportMap(await config, { force: true, log: true })

const preload = path.resolve('src/preload/lexical.mjs')
const build = spawnSync('npx', ['next', 'build'], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `--import=${preload}` },
  stdio: 'inherit',
})
if (build.status !== 0) {
  process.stderr.write(`next build failed (exit ${build.status})\n`)
  process.exit(1)
}
recordAdminBuild()
process.stdout.write('Admin panel build recorded.\n')
process.exit(0)
