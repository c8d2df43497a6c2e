import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

let database: TestDatabase
let server: ServerProcess

beforeAll(async () => {
  database = await createTestDatabase({ empty: true })
  // The whole server, admin panel included, as `npm start` runs it (compiled ahead) on a fresh database (the admin
  // build is made by jest's global setup).
  server = await startServerProcess(testEnvironment(database), [], 'compiled')
})
afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  await database?.drop()
})

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers })
  return { html: await response.text(), response }
}

describe('the admin panel', () => {
  it('sends a fresh instance towards the create-first-user screen', async () => {
    // Next.js streams the redirect inside the page; a browser follows it (the Chromium test does).
    const { html, response } = await page('/admin')
    expect(response.status).toBe(200)
    expect(html).toContain('NEXT_REDIRECT;replace;/admin/login')
    expect((await page('/admin/login')).html).toContain('NEXT_REDIRECT;replace;/admin/create-first-user')
  })

  it('shows the create-first-user screen in Vietnamese even to an English-speaking browser', async () => {
    const { html, response } = await page('/admin/create-first-user', { 'accept-language': 'en-US,en;q=0.9' })
    expect(response.status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="vi"/)
    expect(html).toContain('<title>Tạo người dùng đầu tiên  · Cổng thông tin điện tử</title>')
  })

  it('serves the login page in English to someone who chose English', async () => {
    const { html, response } = await page('/admin/login', { cookie: 'payload-lng=en' })
    expect(response.status).toBe(200)
    expect(html).toMatch(/<html[^>]* lang="en"/)
  })

  it('redirects the site root to the admin panel', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/admin')
  })

  it('seeded the 202 units on its first start', async () => {
    const response = await fetch(`${server.url}/api/units/count`)
    expect(await response.json()).toEqual({ totalDocs: 202 })
  })

  it('serves the API beside it', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ __typename }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } })
  })
})
