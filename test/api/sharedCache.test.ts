import { randomBytes } from 'node:crypto'

import { Redis } from 'ioredis'

import { json, login, readNewsTitles } from '../helpers/http'
import { startServerProcess, type ServerProcess } from '../helpers/spawnServer'
import { UNIT_CODES } from '../helpers/tenancyFixtures'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

/** Redis runs on this machine (and in CI); REDIS_TEST_URL points elsewhere. */
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379'

let database: TestDatabase
let first: ServerProcess
let second: ServerProcess
const prefix = `test-${randomBytes(6).toString('hex')}:`

beforeAll(async () => {
  database = await createTestDatabase()
  // Both processes share the database, the secret and a cache namespace of their own in Redis.
  const env = testEnvironment(database, { CACHE_PREFIX: prefix, REDIS_URL })
  first = await startServerProcess(env)
  second = await startServerProcess(env)
})
afterAll(async () => {
  for (const server of [first, second]) {
    server?.child.kill('SIGTERM')
    await server?.exited
  }
  await database?.drop()
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})

const NEWS = '{ News { docs { title } } }'
const ask = (server: ServerProcess) => readNewsTitles(server.url, NEWS, UNIT_CODES.C1)

describe('the cache shared through Redis by two server processes', () => {
  it('serves one process’s cached answer from the other, and an edit through one invalidates both', async () => {
    const admin = { email: 'tinh@tiengiang.gov.vn', password: 'mat-khau-tinh-1' }
    await fetch(`${first.url}/api/users/first-register`, {
      body: JSON.stringify(admin),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const session = await login(second.url, admin.email, admin.password)
    const unit = (await json(await fetch(`${second.url}/api/units?where[code][equals]=${UNIT_CODES.C1}`))).body.docs[0]
      .id
    const created = await json(
      await fetch(`${second.url}/api/news`, {
        body: JSON.stringify({ _status: 'published', title: 'Bản đầu', unit }),
        headers: { 'content-type': 'application/json', ...session.headers },
        method: 'POST',
      }),
    )
    expect(created.status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 350))

    expect(await ask(first)).toEqual({ state: 'MISS', titles: ['Bản đầu'] })
    expect(await ask(first)).toEqual({ state: 'HIT', titles: ['Bản đầu'] })
    expect(await ask(second)).toEqual({ state: 'HIT', titles: ['Bản đầu'] })

    const edited = await fetch(`${second.url}/api/news/${created.body.doc.id}`, {
      body: JSON.stringify({ title: 'Bản sửa' }),
      headers: { 'content-type': 'application/json', ...session.headers },
      method: 'PATCH',
    })
    expect(edited.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(await ask(first)).toEqual({ state: 'MISS', titles: ['Bản sửa'] })
    expect(await ask(second)).toEqual({ state: 'HIT', titles: ['Bản sửa'] })
  })
})
