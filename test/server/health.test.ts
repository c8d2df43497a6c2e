import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/** Takes the database away as an outage would: the server is dropped (PostgreSQL) or the connection closed. */
const loseDatabase = async () => {
  if (server.database.kind === 'sqlite') {
    ;(server.payload.db as unknown as { client: { close: () => void } }).client.close()
  } else {
    await server.database.drop()
  }
}

describe('health endpoints', () => {
  it('says the process is alive at /healthz, uncached', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('says ready at /readyz while the database answers', async () => {
    const response = await fetch(`${server.url}/readyz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ database: server.database.kind, status: 'ready' })
  })

  it('says 503 with a reason at /readyz once the database is gone, and stays alive', async () => {
    await loseDatabase()
    const response = await fetch(`${server.url}/readyz`)
    expect(response.status).toBe(503)
    const body = await response.json()
    expect(body).toEqual({ database: server.database.kind, reason: expect.any(String), status: 'unavailable' })
    expect(body.reason).toMatch(/^database did not answer: .+/)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})
