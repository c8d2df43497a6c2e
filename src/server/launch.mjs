/**
 * `npm start` and `npm run serve:api`: the server runs as JavaScript compiled ahead by esbuild from
 * src/server/main.ts, `dist/server.mjs` or, API-only, `dist/api.cjs` (`BUNDLES` below says why two). Started from
 * the TypeScript sources through tsx, the API-only server took 2.7 s to its first answer, 1.0 s of it compiling
 * our modules; compiled with the packages left in node_modules, 1.6 s; as one file from V8's code cache, see
 * bench/README.md. A bundle is built here when missing or made from other sources (a hash of them, kept beside
 * it), so that a fresh clone and a `git pull` need no other step. Plain JavaScript: it runs before anything can
 * compile TypeScript. Kept first on the command line: src/preload/lexical.mjs.
 */
import cluster from 'node:cluster'
import fs from 'node:fs'
import Module from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import vm from 'node:vm'

import { sourceHash } from '../base/sourceHash.mjs'

/** What the bundle is made from: the sources it imports (not their tests) and the locked package versions. */
const INPUTS = ['src', 'tenants', 'collections', 'package-lock.json', 'tsconfig.json']
const isInput = (relative) =>
  !relative.includes(path.sep) || (/\.(ts|tsx|mts|mjs|js|json)$/.test(relative) && !/\.test\.ts$/.test(relative))

/**
 * Payload's generated migrations take `sql` from the adapter's main entry (`@payloadcms/db-sqlite`,
 * `@payloadcms/db-postgres`), and a bundle hoists every package import of every module it holds to its top: each
 * start loaded both SQL adapters whatever the database (0.3 s for SQLite's, 0.6 s for PostgreSQL's on this
 * machine). The same `sql` is Drizzle's, which each adapter also exports as `<adapter>/drizzle`; the migrations'
 * other imports from there are types, which compiling drops.
 */
const migrationsWithoutAdapters = {
  name: 'migrations-without-adapters',
  setup(build) {
    build.onLoad({ filter: /[\\/]migrations[\\/](sqlite|postgres)[\\/][^\\/]+\.ts$/ }, async (args) => ({
      contents: (await fs.promises.readFile(args.path, 'utf8')).replace(
        /from '@payloadcms\/db-(sqlite|postgres)'/g,
        "from '@payloadcms/db-$1/drizzle'",
      ),
      loader: 'ts',
    }))
  },
}

/**
 * The two bundles, each for one way of serving:
 * - `server.mjs` (`npm start`): ESM with the packages left in node_modules, because Next.js serves the admin
 *   panel in the same process from its own build, which loads payload, React and the rest from node_modules: one
 *   copy of each in memory, and Payload's module state shared;
 * - `api.cjs` (`npm run serve:api`, the nodes that answer the public): everything in one CommonJS file but the
 *   native packages (each loads a platform binary beside it) and the admin panel's (never loaded by this server).
 *   Loading ~2,750 files of node_modules was most of the API-only cold start (resolving, opening and compiling
 *   each ESM module: 2.2 of 3.8 s in a profile on this machine); one file compiled from V8's code cache
 *   (`runApiBundle`) answers its first request on the full benchmark dataset in 988 ms against 2,768 (medians of
 *   five restarts, bench/README.md). CommonJS, because only a
 *   script (not an ES module) takes a code cache on Node 20. Lexical's ESM builds for Node choose their
 *   development or production build with a top-level await, which a CommonJS bundle cannot hold: the
 *   `production` condition takes the production build directly (what they load under NODE_ENV=production).
 */
const NATIVE_PACKAGES = ['sharp', '@img/*', 'libsql', '@libsql/*', 'pg-native', 'esbuild']
const ADMIN_PACKAGES = ['next', '@next/*', 'react', 'react-dom']
const BUNDLES = {
  api: {
    conditions: ['production'],
    // Our quarantined internals patch libsql through createRequire(import.meta.url): the bundle's own address.
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
    external: [...NATIVE_PACKAGES, ...ADMIN_PACKAGES],
    file: 'api.cjs',
    format: 'cjs',
    sourcemap: false,
  },
  server: { file: 'server.mjs', format: 'esm', packages: 'external', sourcemap: 'linked' },
}

/**
 * Builds `<dir>/<bundle>` unless it was made from the current sources. Written under a temporary name and
 * renamed: a process starting meanwhile (another worker, a second server) reads the old bundle or the new, whole.
 */
const ensureBuilt = async (root, dir, kind, say, current) => {
  const { file, ...options } = BUNDLES[kind]
  const bundle = path.join(dir, file)
  const hashFile = path.join(dir, `${kind}.sha256`)
  const built = fs.existsSync(bundle) && fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8').trim() : ''
  if (built === current) return bundle
  const what = kind === 'api' ? 'the API server' : 'the server'
  say(built ? `The sources changed: compiling ${what} again…` : `Compiling ${what} (once, a few seconds)…`)
  const { build } = await import('esbuild')
  fs.mkdirSync(dir, { recursive: true })
  const temporary = `${bundle}.${process.pid}.tmp`
  await build({
    ...options,
    bundle: true,
    entryPoints: [path.join(root, 'src/server/main.ts')],
    jsx: 'automatic',
    logLevel: 'error',
    outfile: temporary,
    plugins: [migrationsWithoutAdapters],
    platform: 'node',
    target: 'node20',
  })
  if (options.sourcemap) {
    fs.renameSync(`${temporary}.map`, `${bundle}.map`)
    // The bundle names its map by the temporary name: point it at the final one.
    fs.writeFileSync(
      temporary,
      fs.readFileSync(temporary, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, `//# sourceMappingURL=${file}.map`),
    )
  }
  fs.renameSync(temporary, bundle)
  for (const stale of fs.readdirSync(dir).filter((name) => name.startsWith(`${file}.`) && name.endsWith('.cache')))
    fs.rmSync(path.join(dir, stale), { force: true })
  fs.writeFileSync(hashFile, `${current}\n`)
  say(kind === 'api' ? 'API server compiled.' : 'Server compiled.')
  return bundle
}

/**
 * How long after its start a process that found no usable code cache writes one, with the functions its first
 * answers compiled (PORTAL_CODE_CACHE_AFTER_MS: the tests, which do not wait 10 s).
 */
const CODE_CACHE_AFTER_MS = Number(process.env.PORTAL_CODE_CACHE_AFTER_MS) || 10_000

/** A file's bytes; undefined if it is missing or cannot be read (a cache is never worth failing a start). */
const readIfFile = (file) => {
  try {
    return fs.readFileSync(file)
  } catch {
    return undefined
  }
}

/**
 * Runs `api.cjs` as Node runs a CommonJS module, compiled from V8's code cache when there is one for this bundle
 * (`api.cjs.<sources hash>.cache`: V8 itself checks only the source's length, so the name ties it to the bundle's
 * sources). Without one (the first start after a build, or V8 refused it: another Node version or flags), the
 * process writes one once it has been serving a while, so that the functions its first answers compiled are in it.
 */
const runApiBundle = (bundle, sources) => {
  const cacheFile = `${bundle}.${sources.slice(0, 16)}.cache`
  const cachedData = readIfFile(cacheFile)
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), {
    cachedData,
    filename: bundle,
    // Payload imports files by path with `import()` (config, job tasks): as a module loaded by Node would.
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ?? ((specifier) => import(specifier)),
  })
  if (!cachedData || script.cachedDataRejected)
    setTimeout(() => {
      const temporary = `${cacheFile}.${process.pid}.tmp`
      try {
        fs.writeFileSync(temporary, script.createCachedData())
        fs.renameSync(temporary, cacheFile)
      } catch (error) {
        // A read-only `dist/` (an image built without it) only costs the next starts their speed.
        try {
          fs.rmSync(temporary, { force: true })
        } catch {
          // Nothing was written.
        }
        process.stderr.write(`The code cache was not written (${error.message}); the next start compiles again.\n`)
      }
    }, CODE_CACHE_AFTER_MS).unref()
  const module = { exports: {} }
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle))
}

const root = process.cwd()
// PORTAL_DIST_DIR (tests): another folder, inside the project: the bundle finds its packages in node_modules.
const dir = path.resolve(root, process.env.PORTAL_DIST_DIR || 'dist')
const apiOnly = process.argv.includes('--api-only')
const buildOnly = process.argv.includes('--build-only')
const kind = apiOnly ? 'api' : 'server'
const say = (line) => process.stdout.write(`${line}\n`)
// Workers of a cluster (WORKERS) run this file again; their primary has built the bundle.
const sources = cluster.isPrimary
  ? sourceHash(root, INPUTS, isInput)
  : fs.readFileSync(path.join(dir, `${kind}.sha256`), 'utf8').trim()
if (buildOnly) {
  // `--build-only`: compile both and stop (a deployment's build step; the benchmark before timing a cold start).
  for (const each of Object.keys(BUNDLES)) await ensureBuilt(root, dir, each, say, sources)
} else {
  const bundle = cluster.isPrimary
    ? await ensureBuilt(root, dir, kind, say, sources)
    : path.join(dir, BUNDLES[kind].file)
  if (kind === 'api') runApiBundle(bundle, sources)
  else await import(pathToFileURL(bundle).href)
}
