import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'

import { memoryStore } from '../cache/memoryStore'
import { recordTags } from '../cache/tracking'
import { cachedGraphql } from './graphql/answerCache'
import { graphqlBody } from './graphql/body'
import { hitsFirst } from './hitsFirst'

/**
 * Which requests the hits' way answers and which go on to Express: the real answer cache and memory store in front
 * of a GraphQL handler that counts its computations, behind an Express app that counts what reaches it. (The whole
 * server's behaviour on both ways, headers and refusals: test/api/hitsFirst.test.ts.)
 */
let computations = 0
/** One store, as processes sharing Redis share one. */
const store = memoryStore({ maxBytes: 1024 * 1024, maxEntries: 100, maxStaleMs: 0 })
const servers: http.Server[] = []

/** A server as ours is made (src/http/createApp.ts): its own answer cache over the store, Express behind. */
const started = async () => {
  const cache = cachedGraphql(
    async () => {
      computations += 1
      recordTags('news')
      return Response.json({ data: { n: computations } })
    },
    store,
    { cookiePrefix: 'payload', hotAnswers: 8, log: { error: () => {}, info: () => {} } },
  )
  const counted = { throughExpress: 0 }
  const app = express()
  app.use((_req, _res, next) => {
    counted.throughExpress += 1
    next()
  })
  app.post('/api/graphql', ...graphqlBody, cache.serve)
  const headers = (_req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => {
    res.setHeader('x-seen', 'yes')
    next()
  }
  const server = http.createServer(
    hitsFirst(app, {
      cookiePrefix: 'payload',
      headers: [headers],
      maxBodyBytes: 1000,
      maxUrlLength: 100,
      serveHit: cache.serveHit,
    }),
  )
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return async (body: string, headers: Record<string, string> = {}, path = '/api/graphql') => {
    const before = counted.throughExpress
    const response = await fetch(`${url}${path}`, {
      body,
      headers: { 'content-type': 'application/json', ...headers },
      method: 'POST',
    })
    return {
      body: await response.text(),
      express: counted.throughExpress > before,
      seen: response.headers.get('x-seen'),
      state: response.headers.get('x-cache'),
      status: response.status,
    }
  }
}
let post: Awaited<ReturnType<typeof started>>

beforeAll(async () => {
  post = await started()
})
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))))

describe('cache hits before Express', () => {
  it('answers a fresh answer of a key already counted without Express, with the shared headers', async () => {
    const body = JSON.stringify({ query: '{ n }' })
    expect(await post(body)).toMatchObject({ express: true, state: 'MISS' })
    const hit = await post(body)
    expect(hit).toMatchObject({ express: false, seen: 'yes', state: 'HIT', status: 200 })
    expect(JSON.parse(hit.body)).toEqual({ data: { n: 1 } })
    expect(computations).toBe(1)
  })

  it('leaves everything else to Express: sessions, extensions, mutations, bad or large bodies, long addresses', async () => {
    const body = JSON.stringify({ query: '{ n }' })
    await post(body)
    for (const [request, headers, path] of [
      [body, { authorization: 'Bearer x' }],
      [body, { cookie: 'payload-token=x' }],
      [body, { 'idempotency-key': 'k' }],
      [JSON.stringify({ extensions: {}, query: '{ n }' }), {}],
      [JSON.stringify({ query: 'mutation { n }' }), {}],
      ['{"query": ', {}],
      [`[${body}]`, {}],
      [JSON.stringify({ pad: 'x'.repeat(2000), query: '{ n }' }), {}],
      [body, {}, `/api/graphql?${'x'.repeat(200)}`],
      [body, { 'content-type': 'text/plain' }],
    ] as Array<[string, Record<string, string>, string?]>) {
      expect({ request, headers, ...(await post(request, headers, path)) }).toMatchObject({ express: true })
    }
  })

  it('lets a key this process has not counted take the whole way once (hot answers keep how to ask it again)', async () => {
    const body = JSON.stringify({ query: '{ m: n }' })
    expect(await post(body)).toMatchObject({ express: true, state: 'MISS' })
    // Another process over the same store: its first request for the key is a hit the whole way, then hits first.
    const other = await started()
    expect(await other(body)).toMatchObject({ express: true, state: 'HIT' })
    expect(await other(body)).toMatchObject({ express: false, state: 'HIT' })
  })
})
