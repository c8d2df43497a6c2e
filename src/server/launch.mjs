/**
 * `npm start` and `npm run serve:api`: the server runs as JavaScript compiled ahead, `dist/server.mjs` (one file
 * bundled by esbuild from src/server/main.ts; the packages stay in node_modules). Started from the TypeScript
 * sources through tsx, the API-only server took 2.7 s to its first answer, 1.0 s of it compiling our modules;
 * compiled, 1.6 s (bench/README.md). The bundle is built here when missing or made from other sources (a hash of
 * them, kept beside it), so that a fresh clone and a `git pull` need no other step. Plain JavaScript: it runs
 * before anything can compile TypeScript. Kept first on the command line: src/preload/lexical.mjs.
 */
import cluster from 'node:cluster'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

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
 * Builds `<dir>/server.mjs` unless it was made from the current sources. Written under a temporary name and
 * renamed: a process starting meanwhile (another worker, a second server) reads the old bundle or the new, whole.
 */
const ensureServerBuilt = async (root, dir, say) => {
  const bundle = path.join(dir, 'server.mjs')
  const hashFile = path.join(dir, 'server.sha256')
  const current = sourceHash(root, INPUTS, isInput)
  const built = fs.existsSync(bundle) && fs.existsSync(hashFile) ? fs.readFileSync(hashFile, 'utf8').trim() : ''
  if (built === current) return bundle
  say(built ? 'The sources changed: compiling the server again…' : 'Compiling the server (once, a few seconds)…')
  const { build } = await import('esbuild')
  fs.mkdirSync(dir, { recursive: true })
  const temporary = `${bundle}.${process.pid}.tmp`
  await build({
    bundle: true,
    entryPoints: [path.join(root, 'src/server/main.ts')],
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'error',
    outfile: temporary,
    packages: 'external',
    plugins: [migrationsWithoutAdapters],
    platform: 'node',
    sourcemap: 'linked',
    target: 'node20',
  })
  fs.renameSync(`${temporary}.map`, `${bundle}.map`)
  // The bundle names its map by the temporary name: point it at the final one.
  fs.writeFileSync(
    temporary,
    fs.readFileSync(temporary, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '//# sourceMappingURL=server.mjs.map'),
  )
  fs.renameSync(temporary, bundle)
  fs.writeFileSync(hashFile, `${current}\n`)
  say('Server compiled.')
  return bundle
}

const root = process.cwd()
// PORTAL_DIST_DIR (tests): another folder, inside the project: the bundle finds its packages in node_modules.
const dir = path.resolve(root, process.env.PORTAL_DIST_DIR || 'dist')
// Workers of a cluster (WORKERS) run this file again; their primary has built the bundle.
const bundle = cluster.isPrimary
  ? await ensureServerBuilt(root, dir, (line) => process.stdout.write(`${line}\n`))
  : path.join(dir, 'server.mjs')
// `--build-only`: compile and stop (a deployment's build step; the benchmark before timing a cold start).
if (!process.argv.includes('--build-only')) await import(pathToFileURL(bundle).href)
