import { json } from '../helpers/http'
import { startTestServer, TEST_CORS_ORIGIN, type TestServer } from '../helpers/testServer'

let server: TestServer
let province: number | string
let cookie: string
const admin = { email: 'quantri@tiengiang.gov.vn', password: 'mật-khẩu-đủ-dài-1' }

beforeAll(async () => {
  // The server is reached at http://127.0.0.1:<port> while SERVER_URL names another host: the case of an admin
  // opening the panel by IP address, or through a LAN name, instead of the address in the configuration.
  server = await startTestServer({ env: { SERVER_URL: 'http://localhost:39999' } })
  province = (await server.payload.find({ collection: 'units', where: { level: { equals: 'province' } } })).docs[0]!.id
  await fetch(`${server.url}/api/users/first-register`, {
    body: JSON.stringify(admin),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const signedIn = await fetch(`${server.url}/api/users/login`, {
    body: JSON.stringify(admin),
    headers: { 'content-type': 'application/json', origin: server.url },
    method: 'POST',
  })
  cookie = signedIn.headers
    .getSetCookie()
    .find((value) => value.startsWith('payload-token='))!
    .split(';')[0]!
})
afterAll(async () => {
  await server?.stop()
})

const createNews = (origin: string | undefined, title: string, language = 'vi') =>
  fetch(`${server.url}/api/news`, {
    body: JSON.stringify({ title, unit: province }),
    headers: {
      'accept-language': language,
      'content-type': 'application/json',
      cookie,
      ...(origin ? { origin } : {}),
      'sec-fetch-site': 'same-origin',
    },
    method: 'POST',
  })

describe('a signed-in session and the origin of the page using it', () => {
  it('works from the very origin the server was reached at, whatever SERVER_URL says', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1')
    const created = await json(await createNews(server.url, 'Tin lưu từ 127.0.0.1'))
    expect(created.status).toBe(201)
    const me = await json(await fetch(`${server.url}/api/users/me`, { headers: { cookie, origin: server.url } }))
    expect(me.body.user?.email).toBe(admin.email)
  })

  it('works from an origin in CORS_ORIGINS', async () => {
    expect((await createNews(TEST_CORS_ORIGIN, 'Tin từ cổng được phép')).status).toBe(201)
  })

  it('refuses a write from another origin saying why, in the request language, and stores nothing', async () => {
    const refused = await json(await createNews('https://evil.example', 'Tin giả mạo'))
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('https://evil.example')
    expect(refused.body.errors[0].message).toContain('không được dùng phiên đăng nhập')
    const inEnglish = await json(await createNews('https://evil.example', 'Tin giả mạo', 'en'))
    expect(inEnglish.body.errors[0].message).toMatch(/may not use a signed-in session/)
    const stored = await server.payload.count({ collection: 'news', where: { title: { equals: 'Tin giả mạo' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('a read from another origin is answered, unauthenticated, and a spoofed origin marker is not believed', async () => {
    const me = await json(
      await fetch(`${server.url}/api/users/me`, {
        headers: { cookie, origin: 'https://evil.example', 'x-portal-request-origin': 'https://evil.example' },
      }),
    )
    expect(me.status).toBe(200)
    expect(me.body.user).toBeNull()
  })
})
