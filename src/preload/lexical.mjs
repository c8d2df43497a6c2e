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

const require = createRequire(path.join(process.cwd(), 'package.json'))
const lexicalMain = require.resolve('lexical')
const nodeModules = lexicalMain.slice(0, lexicalMain.lastIndexOf(`${path.sep}lexical${path.sep}`))
const lexicalScope = path.join(nodeModules, '@lexical')

const packages = [
  'lexical',
  ...fs
    .readdirSync(lexicalScope)
    .sort()
    .map((name) => `@lexical/${name}`),
]

for (const name of packages) {
  try {
    await import(name)
  } catch (error) {
    // A package that cannot load on its own (a peer it needs is absent) is not one the app imports either.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' && error?.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error
  }
}
