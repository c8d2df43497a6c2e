/**
 * A jest transformer for the server's hottest dependencies (jest.config.mjs lists them): it binds the built-ins
 * they use to module-scoped constants, so that their code stops looking them up on the global object.
 *
 * Why: jest runs every module inside a `vm` context, whose global object V8 reaches through Node's interceptors;
 * there a global lookup (`Object`, `Array`, `process`) costs 20–40 times what it costs in a plain process
 * (measured here: `Object.getPrototypeOf` 3 million times 960 ms against 43 ms). Drizzle's `is()` makes two per
 * check and builds every SQL statement from thousands of checks: a statement took 7 times as long under jest, and
 * `is()` alone was a quarter of the CPU of test/tenancy/collectionMatrix.test.ts. The values bound are the context's
 * own, so the code behaves as it did. Node 22's vm.constants.DONT_CONTEXTIFY removes the cause; Node 20 has none.
 *
 * A name the module declares itself (an import, a top-level declaration, a destructured binding) is left alone: a
 * second declaration would not compile.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

const OWN_TEXT = readFileSync(new URL(import.meta.url), 'utf8')

const BUILT_INS = [
  'Array',
  'Boolean',
  'Buffer',
  'Date',
  'Error',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'Reflect',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'TypeError',
  'WeakMap',
  'WeakSet',
  'process',
]

const declares = (source, name) =>
  new RegExp(
    `\\b(?:const|let|var|class|function\\*?|import)\\s+${name}\\b|\\bas\\s+${name}\\b|[{,]\\s*${name}\\s*[,}=:]`,
  ).test(source)

/** A leading "use strict" (after comments, if any) stays first: it is only a directive there. */
const DIRECTIVE = /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*)*(['"])use strict\1;?/

export const bindGlobals = (source) => {
  if (source.startsWith('#!')) return source
  const names = BUILT_INS.filter((name) => source.includes(name) && !declares(source, name))
  if (names.length === 0) return source
  // On the first line, so that line numbers in stack traces stay those of the file.
  const binding = `const { ${names.join(', ')} } = globalThis;`
  const directive = DIRECTIVE.exec(source)?.[0] ?? ''
  // The directive may end without a semicolon (`'use strict'` and a line break): one is added.
  return directive ? `${directive};${binding}${source.slice(directive.length)}` : `${binding}${source}`
}

export default {
  bindGlobals,
  // jest keeps transformed files between runs (in the system's temporary folder): the key covers this file's own
  // text, so that a change here is never answered from a cache made by the previous version.
  getCacheKey: (source, path) =>
    createHash('sha256').update(OWN_TEXT).update('\0').update(path).update('\0').update(source).digest('hex'),
  process: (source) => ({ code: bindGlobals(source) }),
}
