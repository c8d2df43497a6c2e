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
    expect(await response.json()).toEqual({
      cache: { kind: 'memory', state: 'ok' },
      database: server.database.kind,
      status: 'ready',
    })
  })

  // A server that can end connections exists only on PostgreSQL; on SQLite this case is reported as skipped.
  const onPostgres = process.env.TEST_DATABASE_URI?.startsWith('postgres') ? it : it.skip
  onPostgres('survives the database server ending its connections (a restart) and reconnects', async () => {
    const { Client } = (await import('pg')).default
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URI })
    await admin.connect()
    const name = new URL(server.database.uri).pathname.slice(1)
    const ended = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    )
    await admin.end()
    expect(ended.rowCount).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
  })

  it('says 503 with a reason at /readyz once the database is gone, and stays alive', async () => {
    await loseDatabase()
    const response = await fetch(`${server.url}/readyz`)
    expect(response.status).toBe(503)
    const body = await response.json()
    expect(body).toEqual({
      cache: { kind: 'memory', state: 'ok' },
      database: server.database.kind,
      reason: expect.any(String),
      status: 'unavailable',
    })
    expect(body.reason).toMatch(/^database did not answer: .+/)
    // The cause, never the SQL of the probe.
    expect(body.reason).not.toMatch(/select|payload_migrations|Failed query/i)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})
