import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import express from 'express'

import { memoryStore } from '../../cache/memoryStore'
import { recordTags } from '../../cache/tracking'
import { cachedGraphql } from './answerCache'

/**
 * The answer cache's single flight, over real HTTP with the real memory store, in front of a GraphQL handler
 * whose computation takes a known time (Payload's takes whatever the database takes; the timing is the point).
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let server: Server
let base: string
const store = memoryStore(100)
const world = { computations: 0, fail: false, version: 1 }

beforeAll(async () => {
  const app = express()
  app.get(
    '/graphql',
    cachedGraphql(
      async () => {
        world.computations += 1
        recordTags('news')
        const { fail, version } = world
        await sleep(150)
        if (fail) throw new Error('database away')
        return Response.json({ data: { version } })
      },
      store,
      'payload',
    ),
  )
  app.use((_error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    res.status(503).json({ errors: [{ message: 'unavailable' }] })
  })
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await store.close()
})
beforeEach(() => {
  world.computations = 0
  world.fail = false
})

const ask = async (query: string) => {
  const response = await fetch(`${base}/graphql?query=${encodeURIComponent(query)}`)
  return { body: await response.text(), state: response.headers.get('x-cache'), status: response.status }
}

describe('single flight in the answer cache', () => {
  it('computes once for a burst of one request: the others wait for that computation', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask('{ a }')))
    expect(world.computations).toBe(1)
    expect(answers.map(({ state }) => state).sort()).toEqual(['MISS', ...Array(19).fill('SHARED')])
    expect(new Set(answers.map(({ body }) => body)).size).toBe(1)
    expect((await ask('{ a }')).state).toBe('HIT')
    expect(world.computations).toBe(1)
  })

  it('keeps different requests apart', async () => {
    await Promise.all([ask('{ b }'), ask('{ c }'), ask('{ b }'), ask('{ c }')])
    expect(world.computations).toBe(2)
  })

  it('does not serve a request that arrived after an edit what was computed before it', async () => {
    world.version = 1
    const before = ask('{ d }')
    await sleep(40)
    // An edit lands while the answer is being computed from the old data.
    world.version = 2
    await store.invalidate(['news'])
    await sleep(10)
    const after = await ask('{ d }')
    expect(JSON.parse((await before).body)).toEqual({ data: { version: 1 } })
    expect(JSON.parse(after.body)).toEqual({ data: { version: 2 } })
    expect(after.state).toBe('MISS')
    expect(world.computations).toBe(2)
    // From then on the fresh answer is the one kept.
    expect(JSON.parse((await ask('{ d }')).body)).toEqual({ data: { version: 2 } })
  })

  it('when the shared computation fails, each waiting request tries for itself', async () => {
    world.fail = true
    const first = ask('{ e }')
    await sleep(20)
    const waiting = ask('{ e }')
    await sleep(20)
    world.fail = false
    expect((await first).status).toBe(503)
    expect(await waiting).toMatchObject({ state: 'MISS', status: 200 })
    expect(world.computations).toBe(2)
  })

  it('never shares a mutation', async () => {
    const answers = await Promise.all([ask('mutation { m }'), ask('mutation { m }')])
    expect(world.computations).toBe(2)
    expect(answers.map(({ state }) => state)).toEqual([null, null])
  })
})
