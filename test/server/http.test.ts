import { TEST_CORS_ORIGIN, startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

describe('HTTP hygiene', () => {
  it('sends security headers and no X-Powered-By', async () => {
    const response = await fetch(`${server.url}/api/users/me`)
    expect(response.headers.get('x-powered-by')).toBeNull()
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  })

  it('compresses responses for clients that accept it', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      headers: { 'accept-encoding': 'gzip', 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect((await response.json()).data.__schema.types.length).toBeGreaterThan(10)
  })

  it('allows CORS from a configured origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/graphql`, {
        headers: {
          'access-control-request-headers': 'content-type',
          'access-control-request-method': 'POST',
          origin,
        },
        method: 'OPTIONS',
      })
    const allowed = await preflight(TEST_CORS_ORIGIN)
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(TEST_CORS_ORIGIN)
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')

    const other = await preflight('https://evil.example.com')
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const read = await fetch(`${server.url}/healthz`, { headers: { origin: 'https://evil.example.com' } })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('writes one log line per request through Payload’s logger', async () => {
    const lines: unknown[] = []
    const original = server.payload.logger.info.bind(server.payload.logger)
    server.payload.logger.info = ((entry: unknown) => {
      lines.push(entry)
    }) as typeof server.payload.logger.info
    try {
      await fetch(`${server.url}/healthz?token=should-not-be-logged`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      server.payload.logger.info = original
    }
    expect(lines).toEqual([
      expect.objectContaining({
        method: 'GET',
        msg: expect.stringMatching(/^GET \/healthz 200 /),
        path: '/healthz',
        status: 200,
      }),
    ])
    expect(JSON.stringify(lines)).not.toContain('should-not-be-logged')
  })
})
