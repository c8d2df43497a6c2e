import http from 'node:http'

import { type RunningVarnish, startVarnish } from '../../bench/varnish'

import { json, login, registerFirstUser, type Session } from '../helpers/http'
import { freePort } from '../helpers/ports'
import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

/**
 * A real Varnish (Debian's varnish with varnish-modules' xkey) in front of a real server process, running the
 * VCL shipped in deploy/varnish/portal.vcl with only its backend pointed at the test server: public answers are
 * kept at the edge, purged within a second of a publish, kept apart per portal, and signed-in answers are never
 * kept.
 */
let database: TestDatabase
let server: ServerProcess
let varnish: RunningVarnish
let edge = ''
let admin: Session
const units: Record<string, { domain: string; id: number }> = {}
const admin_ = { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-tinh-1' }

const NEWS = '{ News(sort: "-publishedAt", limit: 5) { docs { title } } }'
/** A GET through Varnish, with Node's http client: fetch may not set Host, and portals are named by it. */
const ask = (headers: Record<string, string>) =>
  new Promise<{ cacheControl?: string; edge?: string; tags?: string; titles?: string[] }>((resolve, reject) => {
    const request = http.get(`${edge}/api/graphql?query=${encodeURIComponent(NEWS)}`, { headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => {
        const body = JSON.parse(text) as { data?: { News: { docs: Array<{ title: string }> } } }
        resolve({
          cacheControl: response.headers['cache-control'],
          edge: response.headers['x-edge'] as string | undefined,
          tags: response.headers.xkey as string | undefined,
          titles: body.data?.News.docs.map((doc) => doc.title),
        })
      })
    })
    request.on('error', reject)
  })
/** Both purges a publish sends (at once, and again a second later: src/cache/edgePurge.ts) have arrived. */
const purgesDone = () => new Promise((resolve) => setTimeout(resolve, 1200))
const publish = async (unit: string, title: string) => {
  const created = await fetch(`${server.url}/api/news`, {
    body: JSON.stringify({ _status: 'published', publishedAt: new Date().toISOString(), title, unit: units[unit]!.id }),
    headers: { 'content-type': 'application/json', ...admin.headers },
    method: 'POST',
  })
  expect(created.status).toBe(201)
}

beforeAll(async () => {
  database = await createTestDatabase()
  // The server must know where to purge before Varnish exists: the port is chosen first.
  const varnishPort = await freePort()
  server = await startServerProcess(
    testEnvironment(database, {
      EDGE_MAX_AGE: '600',
      EDGE_PURGE_URLS: `http://127.0.0.1:${varnishPort}/`,
      EDGE_TAG_HEADER: 'xkey',
    }),
  )
  varnish = await startVarnish(server.url, varnishPort)
  edge = varnish.url

  await registerFirstUser(server.url, { ...admin_, name: 'Quản trị tỉnh' } as never)
  admin = await login(server.url, admin_.email, admin_.password)
  for (const code of ['28261', '28264']) {
    const found = await json(await fetch(`${server.url}/api/units?where[code][equals]=${code}&depth=0`))
    const unit = found.body.docs[0] as { domains?: Array<{ domain: string }>; id: number }
    units[code] = { domain: unit.domains?.[0]?.domain ?? '', id: unit.id }
  }
}, 120_000)
afterAll(async () => {
  await varnish?.stop()
  server?.child.kill('SIGTERM')
  await server?.exited
  await database?.drop()
})

describe('Varnish in front of the API (deploy/varnish/portal.vcl)', () => {
  it('keeps a public answer at the edge, tagged for purging, and tells browsers to revalidate', async () => {
    await publish('28261', 'Tin đầu tiên của xã')
    await purgesDone()
    const first = await ask({ 'x-portal-unit': '28261' })
    expect(first.edge).toBe('MISS')
    expect(first.titles).toEqual(['Tin đầu tiên của xã'])
    expect(first.cacheControl).toMatch(/^public, max-age=0, s-maxage=600/)
    // The tags are for Varnish: it keeps them to itself.
    expect(first.tags).toBeUndefined()
    const second = await ask({ 'x-portal-unit': '28261' })
    expect([second.edge, second.titles]).toEqual(['HIT', ['Tin đầu tiên của xã']])
  })

  it('shows a publish at once: the API purges the answers that can show it', async () => {
    expect((await ask({ 'x-portal-unit': '28261' })).edge).toBe('HIT')
    const published = Date.now()
    await publish('28261', 'Tin khẩn: bão số 9')
    let seen = await ask({ 'x-portal-unit': '28261' })
    // How soon is the benchmark's to say (npm run bench, "Through Varnish"); here: it comes, without waiting out the
    // edge lifetime (600 s).
    while (seen.titles?.[0] !== 'Tin khẩn: bão số 9' && Date.now() - published < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      seen = await ask({ 'x-portal-unit': '28261' })
    }
    expect(seen.titles?.[0]).toBe('Tin khẩn: bão số 9')
    // And it is kept at the edge again.
    await purgesDone()
    await ask({ 'x-portal-unit': '28261' })
    expect((await ask({ 'x-portal-unit': '28261' })).edge).toBe('HIT')
  })

  it('never serves one portal’s answer to another, by header or by host', async () => {
    await publish('28264', 'Tin của xã bên cạnh')
    await purgesDone()
    const mine = await ask({ 'x-portal-unit': '28261' })
    const theirs = await ask({ 'x-portal-unit': '28264' })
    expect(mine.titles).not.toContain('Tin của xã bên cạnh')
    expect(theirs.titles).toContain('Tin của xã bên cạnh')
    expect(theirs.titles).not.toContain('Tin khẩn: bão số 9')
    for (const code of ['28261', '28264']) expect(units[code]!.domain).not.toBe('')
    const byHost = await Promise.all(['28261', '28264'].map((code) => ask({ host: units[code]!.domain })))
    expect(byHost[0]!.titles).toContain('Tin khẩn: bão số 9')
    expect(byHost[1]!.titles).toEqual(['Tin của xã bên cạnh'])
    const again = await Promise.all(['28261', '28264'].map((code) => ask({ host: units[code]!.domain })))
    expect(again.map((answer) => [answer.edge, answer.titles])).toEqual(byHost.map((answer) => ['HIT', answer.titles]))
  })

  it('never keeps a signed-in answer, and refuses purges from elsewhere than the API', async () => {
    const signedIn = [await ask({ ...admin.headers, 'x-portal-unit': '28261' })]
    signedIn.push(await ask({ ...admin.headers, 'x-portal-unit': '28261' }))
    expect(signedIn.map((answer) => [answer.edge, answer.cacheControl])).toEqual([
      ['MISS', 'private, no-store'],
      ['MISS', 'private, no-store'],
    ])
    const cookie = await ask({ cookie: `payload-token=${admin.token}`, 'x-portal-unit': '28261' })
    expect(cookie.edge).toBe('MISS')
    // A client naming another portal by X-Forwarded-Host gets that portal's answer, and nobody else does.
    const forwarded = await ask({ host: units['28261']!.domain, 'x-forwarded-host': units['28264']!.domain })
    const plain = await ask({ host: units['28261']!.domain })
    expect(forwarded.titles).toContain('Tin của xã bên cạnh')
    expect(plain.titles).not.toContain('Tin của xã bên cạnh')
    // A PURGE without tags is refused; the ACL (127.0.0.1 only) is the VCL's and covers this test's address too.
    expect((await fetch(`${edge}/`, { method: 'PURGE' })).status).toBe(400)
  })
})
