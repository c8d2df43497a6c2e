import http from 'node:http'

import { startServerProcess } from '../helpers/spawnServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.drop()
})

/** Starts a login request and sends only half of its body, so it stays in flight until we finish it. */
const startSlowLogin = (url: string) => {
  const body = JSON.stringify({ email: 'nobody@tiengiang.gov.vn', password: 'sai-mat-khau' })
  const target = new URL('/api/users/login', url)
  const request = http.request(target, {
    headers: { 'content-length': Buffer.byteLength(body), 'content-type': 'application/json' },
    method: 'POST',
  })
  const response = new Promise<{ body: string; status: number }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ body: text, status: res.statusCode ?? 0 }))
    })
    request.on('error', reject)
  })
  request.write(body.slice(0, 10))
  return { finish: () => request.end(body.slice(10)), response }
}

describe('graceful shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s stops accepting, finishes the request in flight, closes the database and exits 0',
    async (signal) => {
      const server = await startServerProcess(testEnvironment(database))
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)

      const inFlight = startSlowLogin(server.url)
      await new Promise((resolve) => setTimeout(resolve, 200))
      server.child.kill(signal)
      await new Promise((resolve) => setTimeout(resolve, 300))

      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
      inFlight.finish()
      const answered = await inFlight.response
      expect(answered.status).toBe(401)
      expect(await server.exited).toBe(0)
      expect(server.output()).toContain(`${signal} received`)
    },
  )
})
