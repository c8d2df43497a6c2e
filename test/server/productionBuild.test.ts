import fs from 'node:fs'
import path from 'node:path'

import { startServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

/**
 * `npm start` / `npm run serve:api` run the server compiled ahead (src/server/launch.mjs → dist/server.mjs): built
 * on the first start, reused while the sources stay the same. Here in a folder of its own (PORTAL_DIST_DIR).
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

const start = () =>
  startServerProcess({ ...testEnvironment(database), PORTAL_DIST_DIR: dist }, ['--api-only'], 'compiled')

describe('the production build', () => {
  it('compiles the server on the first start and serves from the bundle', async () => {
    const server = await start()
    try {
      expect(server.output()).toContain('Compiling the server (once, a few seconds)…')
      expect(fs.readdirSync(dist).sort()).toEqual(['server.mjs', 'server.mjs.map', 'server.sha256'])
      expect(fs.readFileSync(path.join(dist, 'server.mjs'), 'utf8')).toContain('//# sourceMappingURL=server.mjs.map')
      const ready = await fetch(`${server.url}/readyz`)
      expect(ready.status).toBe(200)
    } finally {
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
    }
  })

  it('loads at start none of the packages only some requests need (each cost the cold start 0.2–1 s)', () => {
    const bundle = fs.readFileSync(path.join(dist, 'server.mjs'), 'utf8')
    // A bundle keeps a package import static when any module it holds imports it statically, lazy or not.
    const loadedAtStart = new Set([...bundle.matchAll(/^import [^;]*?from "([^"]+)";$/gms)].map((match) => match[1]))
    expect(loadedAtStart.size).toBeGreaterThan(10)
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

  it('answers from the bundle with an API-only start', async () => {
    const server = await start()
    try {
      const answer = await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({ query: '{ Units(limit: 1) { totalDocs } }' }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      expect(((await answer.json()) as { data: { Units: { totalDocs: number } } }).data.Units.totalDocs).toBe(202)
    } finally {
      server.child.kill('SIGTERM')
      expect(await server.exited).toBe(0)
    }
  })

  it('reuses the bundle while the sources are the same, and compiles again when it was made from others', async () => {
    const again = await start()
    again.child.kill('SIGTERM')
    expect(await again.exited).toBe(0)
    expect(again.output()).not.toContain('Compiling the server')

    fs.writeFileSync(path.join(dist, 'server.sha256'), 'made-from-other-sources\n')
    const rebuilt = await start()
    rebuilt.child.kill('SIGTERM')
    expect(await rebuilt.exited).toBe(0)
    expect(rebuilt.output()).toContain('The sources changed: compiling the server again…')
  })
})
