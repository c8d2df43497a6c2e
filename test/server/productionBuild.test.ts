import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

import { lexical } from '../helpers/contentFixtures'
import { runServerProcess, startServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

/**
 * `npm start` / `npm run serve:api` run the server compiled ahead (src/server/launch.mjs): `dist/server.mjs`, and
 * for the API-only server `dist/api.cjs`, run from V8's code cache once a first start has written it. Built on the
 * first start, reused while the sources stay the same. Here in a folder of its own (PORTAL_DIST_DIR).
 */
let database: TestDatabase
// Inside the project (ignored by git): the bundle finds its packages in node_modules from where it lies.
fs.mkdirSync('.tmp', { recursive: true })
const dist = fs.mkdtempSync(path.join('.tmp', 'dist-'))

beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.drop()
  fs.rmSync(dist, { force: true, recursive: true })
})

/** The code cache is written this long after a start that found none (10 s in production). */
const CACHE_AFTER_MS = 300
const start = (cacheAfterMs = CACHE_AFTER_MS) =>
  startServerProcess(
    { ...testEnvironment(database), PORTAL_CODE_CACHE_AFTER_MS: String(cacheAfterMs), PORTAL_DIST_DIR: dist },
    ['--api-only'],
    'compiled',
  )
const stop = async (server: Awaited<ReturnType<typeof start>>) => {
  server.child.kill('SIGTERM')
  expect(await server.exited).toBe(0)
}
const codeCaches = () => fs.readdirSync(dist).filter((name) => name.endsWith('.cache'))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the API-only server’s bundle', () => {
  it('is compiled on the first start, serves, and writes its code cache once it has served a while', async () => {
    const server = await start()
    try {
      expect(server.output()).toContain('Compiling the API server (once, a few seconds)…')
      expect(fs.readdirSync(dist)).toEqual(expect.arrayContaining(['api.cjs', 'api.sha256']))
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      for (let tries = 0; tries < 50 && codeCaches().length === 0; tries++) await sleep(100)
      const sources = fs.readFileSync(path.join(dist, 'api.sha256'), 'utf8').trim()
      expect(codeCaches()).toEqual([`api.cjs.${sources.slice(0, 16)}.cache`])
    } finally {
      await stop(server)
    }
  })

  it('holds every package but the native ones and the admin panel’s (each file of node_modules cost the cold start)', () => {
    const bundle = fs.readFileSync(path.join(dist, 'api.cjs'), 'utf8')
    // Calls, not the text of code a package generates (ajv writes `require("ajv/dist/runtime/…")` in strings).
    const required = [...bundle.matchAll(/(?<![`'"])\brequire\("([^"./][^"]*)"\)/g)].map((match) => match[1]!)
    const packageOf = (name: string) =>
      name
        .split('/')
        .slice(0, name.startsWith('@') ? 2 : 1)
        .join('/')
    const installed = (name: string) => {
      try {
        require.resolve(`${name}/package.json`)
        return true
      } catch {
        // Optional packages some bundled code tries and does without (kerberos, snappy, bufferutil…).
        return false
      }
    }
    const outside = new Set(
      required
        .filter((name) => !name.startsWith('node:') && !builtinModules.includes(name.split('/')[0]!))
        .map(packageOf)
        .filter(installed),
    )
    expect([...outside].sort()).toEqual(
      ['@libsql/client', 'esbuild', 'libsql', 'next', 'react', 'react-dom', 'sharp'].filter((name) =>
        outside.has(name),
      ),
    )
    expect(outside.has('payload')).toBe(false)
  })

  it('answers reads and writes from the bundle: GraphQL, REST, rich text made into HTML, search, errors in Vietnamese', async () => {
    const server = await start()
    try {
      expect(server.output()).not.toContain('Compiling')
      const api = async (route: string, init: { body?: unknown; method?: string; token?: string } = {}) => {
        const response = await fetch(`${server.url}/api${route}`, {
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
          headers: {
            'content-type': 'application/json',
            'x-portal-unit': '28261',
            ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
          },
          method: init.method ?? 'GET',
        })
        return { body: (await response.json()) as any, status: response.status }
      }
      const graphql = (query: string, variables = {}) => api('/graphql', { body: { query, variables }, method: 'POST' })

      expect((await graphql('{ Units(limit: 1) { totalDocs } }')).body.data.Units.totalDocs).toBe(202)
      const credentials = { email: 'quan-tri@tiengiang.gov.vn', password: 'mat-khau-thu-nghiem-1' }
      expect(
        (await api('/users/first-register', { body: { ...credentials, name: 'Quản trị' }, method: 'POST' })).status,
      ).toBe(200)
      const { token } = (await api('/users/login', { body: credentials, method: 'POST' })).body
      const unit = (await api('/units?where[code][equals]=28261&depth=0')).body.docs[0].id
      const created = await api('/news', {
        body: {
          _status: 'published',
          body: lexical(['Hướng dẫn ', { text: 'đăng ký kết hôn', url: 'https://dichvucong.gov.vn' }]),
          title: 'Đăng ký kết hôn trực tuyến',
          unit,
        },
        method: 'POST',
        token,
      })
      expect(created.status).toBe(201)
      expect(created.body.doc.bodyHtml).toContain('<a href="https://dichvucong.gov.vn"')

      const found = await graphql('query ($q: String!) { search(q: $q) { docs { heading } } }', {
        q: 'dang ky ket hon',
      })
      expect(found.body.data.search.docs.map((doc: { heading: string }) => doc.heading)).toEqual([
        'Đăng ký kết hôn trực tuyến',
      ])
      const refused = await api('/news?locale=en-US')
      expect([refused.status, refused.body.errors[0].message]).toEqual([400, expect.stringContaining('locale')])
    } finally {
      await stop(server)
    }
  })

  it('starts from its code cache without writing it again, and from a damaged one writes it anew', async () => {
    const [cache] = codeCaches()
    const cacheFile = path.join(dist, cache!)
    const written = fs.statSync(cacheFile).mtimeMs
    const server = await start()
    await sleep(CACHE_AFTER_MS * 3)
    await stop(server)
    expect(fs.statSync(cacheFile).mtimeMs).toBe(written)

    fs.writeFileSync(cacheFile, 'not a code cache')
    const again = await start()
    try {
      expect((await fetch(`${again.url}/readyz`)).status).toBe(200)
      for (let tries = 0; tries < 50 && fs.statSync(cacheFile).size < 1000; tries++) await sleep(100)
      expect(fs.statSync(cacheFile).size).toBeGreaterThan(1000)
    } finally {
      await stop(again)
    }
  })

  it('serves all the same when its code cache can be neither read nor written', async () => {
    const [cache] = codeCaches()
    const cacheFile = path.join(dist, cache!)
    fs.rmSync(cacheFile)
    // A folder where the cache belongs: reading it and renaming a new cache onto it both fail.
    fs.mkdirSync(path.join(cacheFile, 'in-the-way'), { recursive: true })
    const server = await start()
    try {
      await sleep(CACHE_AFTER_MS * 3)
      expect(server.child.exitCode).toBeNull()
      expect(server.output()).toContain('The code cache was not written')
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
    } finally {
      await stop(server)
      fs.rmSync(cacheFile, { force: true, recursive: true })
    }
    expect(fs.readdirSync(dist).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('compiles again when it was made from other sources, and only then', async () => {
    const first = await start()
    for (let tries = 0; tries < 50 && codeCaches().length === 0; tries++) await sleep(100)
    await stop(first)
    expect(codeCaches()).toHaveLength(1)
    fs.writeFileSync(path.join(dist, 'api.sha256'), 'made-from-other-sources\n')
    const rebuilt = await start(60_000)
    await stop(rebuilt)
    expect(rebuilt.output()).toContain('The sources changed: compiling the API server again…')
    // The old bundle's cache went with it.
    expect(codeCaches()).toEqual([])
  })
})

describe('the whole server’s bundle (npm start)', () => {
  it('leaves the packages in node_modules and loads at start none of those only some requests need', () => {
    const built = runServerProcess(
      { ...testEnvironment(database), PORTAL_DIST_DIR: dist },
      ['--build-only'],
      'compiled',
    )
    return built.exited.then((code) => {
      expect(code).toBe(0)
      expect(fs.readFileSync(path.join(dist, 'server.mjs'), 'utf8')).toContain('//# sourceMappingURL=server.mjs.map')
      const bundle = fs.readFileSync(path.join(dist, 'server.mjs'), 'utf8')
      // A bundle keeps a package import static when any module it holds imports it statically, lazy or not.
      const loadedAtStart = new Set([...bundle.matchAll(/^import [^;]*?from "([^"]+)";$/gms)].map((match) => match[1]))
      expect(loadedAtStart.has('payload')).toBe(true)
      for (const lazy of [
        'next', // the admin panel (src/http/admin.ts)
        '@payloadcms/next/routes', // the GraphQL playground
        'happy-dom', // converting HTML at an import (src/richText/fromHtml.ts)
        '@payloadcms/db-sqlite', // each adapter's main entry, loaded for its database only (src/db/adapter.ts)
        '@payloadcms/db-postgres',
        '@payloadcms/db-mongodb',
      ])
        expect([lazy, loadedAtStart.has(lazy)]).toEqual([lazy, false])
    })
  })
})
