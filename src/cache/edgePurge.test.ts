import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { edgePurger } from './edgePurge'
import { edgeTagOf } from './rules/edge'

/** Purges as a CDN's purge hook receives them (EDGE_PURGE_STYLE=json), over real HTTP. */
type Received = { body: string; headers: http.IncomingHttpHeaders; method?: string; at: number }
let server: http.Server
let url: string
const received: Received[] = []
let status = 200

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ at: Date.now(), body, headers: req.headers, method: req.method })
      res.statusCode = status
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
beforeEach(() => {
  received.length = 0
  status = 200
})
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('purging the edges', () => {
  it('gathers the tags of changes close together into one request, and sends it again a second later', async () => {
    const purger = edgePurger({ maxAgeSeconds: 600, purgeStyle: 'json', purgeUrls: [url], tagHeader: 'Cache-Tag' })!
    purger.purge(['news@1', 'doc:news:5'])
    purger.purge(['news@1', 'units'])
    await sleep(1300)
    expect(received.map(({ method }) => method)).toEqual(['POST', 'POST'])
    for (const { body, headers } of received) {
      expect(headers['content-type']).toBe('application/json')
      expect(JSON.parse(body)).toEqual({
        header: 'Cache-Tag',
        tags: ['news@1', 'doc:news:5', 'units'].map(edgeTagOf),
      })
    }
    expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(900)
  })

  it('speaks xkey to Varnish: PURGE with the tags in xkey-purge', async () => {
    const purger = edgePurger({ maxAgeSeconds: 600, purgeStyle: 'xkey', purgeUrls: [url], tagHeader: 'xkey' })!
    purger.purge(['units'])
    await sleep(1300)
    expect(received.map(({ headers, method }) => [method, headers['xkey-purge']])).toEqual([
      ['PURGE', edgeTagOf('units')],
      ['PURGE', edgeTagOf('units')],
    ])
  })

  it('an edge that fails is reported once a minute, never thrown at the write', async () => {
    status = 503
    const errors: string[] = []
    const purger = edgePurger({ maxAgeSeconds: 600, purgeStyle: 'json', purgeUrls: [url], tagHeader: 'xkey' })!
    purger.useLogger({ error: (message) => errors.push(message), info: () => {} })
    expect(() => purger.purge(['units'])).not.toThrow()
    await sleep(1300)
    expect(received).toHaveLength(2)
    expect(errors).toEqual([expect.stringContaining(`edge: purging ${url} failed (HTTP 503)`)])
  })

  it('without purge URLs there is nothing to purge', () => {
    expect(edgePurger({ maxAgeSeconds: 600, purgeStyle: 'xkey', purgeUrls: [], tagHeader: 'xkey' })).toBeUndefined()
  })
})
