// Loaded with `node --import ./src/preload/lexical.mjs` before anything else, by every entry point
// (server, CLI, migrations, tests).
//
// Why: the @lexical/* packages use top-level await and import each other. On Node 20, when several of them are
// first imported concurrently through a cycle, the ESM loader can deadlock: the process exits with code 13 and
// no message (and the `payload` CLI may even exit 0 having done nothing). Importing them one at a time, each
// fully evaluated before the next, leaves nothing for a later import to wait on.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The API-only server (`npm run serve:api`) runs one CommonJS bundle that holds Lexical's production builds
 * (src/server/launch.mjs): no ES module of Lexical is imported in that process, and importing them all here was
 * a sixth of its cold start. Its primary builds the bundle first when the sources changed (esbuild, no Lexical).
 */
const runsApiBundle =
  path.resolve(process.argv[1] ?? '') === fileURLToPath(new URL('../server/launch.mjs', import.meta.url)) &&
  process.argv.includes('--api-only') &&
  !process.argv.includes('--build-only')

/** A package is importable by name only if it has a main entry (@lexical/react, for one, has only subpaths). */
const hasMainEntry = (dir) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  if (manifest.exports === undefined) return Boolean(manifest.main)
  return typeof manifest.exports === 'string' || '.' in manifest.exports
}

/** `lexical` and every `@lexical/*` package installed beside it that can be imported by name. */
const lexicalPackages = () => {
  const require = createRequire(path.join(process.cwd(), 'package.json'))
  const lexicalMain = require.resolve('lexical')
  const nodeModules = lexicalMain.slice(0, lexicalMain.lastIndexOf(`${path.sep}lexical${path.sep}`))
  const lexicalScope = path.join(nodeModules, '@lexical')
  return [
    'lexical',
    ...fs
      .readdirSync(lexicalScope)
      .sort()
      .filter((name) => hasMainEntry(path.join(lexicalScope, name)))
      .map((name) => `@lexical/${name}`),
  ]
}

if (!runsApiBundle) for (const name of lexicalPackages()) await import(name)
