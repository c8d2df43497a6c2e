import http from 'node:http'
import zlib from 'node:zlib'

import { useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'
import { TEST_CORS_ORIGIN } from '../helpers/testServer'

/**
 * Cache hits are answered before Express (src/http/hitsFirst.ts). These tests hold that path to the whole way's
 * behaviour: the same headers and bytes as the answer that was computed, the same refusals for what is not a plain
 * anonymous query, and the request still logged. Hot answers off, so the first repeat is a hit at once.
 */
const content = useContentServer({ env: { CACHE_HOT_ANSWERS: '0' } })

type Raw = { body: Buffer; headers: http.IncomingHttpHeaders; status: number }

/** One request over plain HTTP: the bytes as sent (no decompression), every header. */
const send = (path: string, body: Buffer | string, headers: Record<string, string> = {}): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, content.server.url)
    const request = http.request(url, { headers: { 'content-type': 'application/json', ...headers }, method: 'POST' })
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ body: Buffer.concat(chunks), headers: response.headers, status: response.statusCode! }),
      )
    })
    request.on('error', reject)
    request.end(body)
  })

const portal = { 'x-portal-unit': UNIT_CODES.C1 }
/** Large enough (over 1 KB) to be kept compressed. */
const queryOf = (limit: number) => JSON.stringify({ query: `{ Units(limit: ${limit}) { docs { title code slug } } }` })
/** What may differ between two answers of the same bytes: when, and whether from the cache. */
const comparable = ({ date: _date, 'x-cache': _cache, ...headers }: http.IncomingHttpHeaders) => headers

describe('cache hits answered before Express', () => {
  it('carry the same headers and bytes as the computed answer, in every encoding, with CORS', async () => {
    for (const [limit, encoding] of [
      [60, 'br'],
      [70, 'gzip'],
      [80, undefined],
    ] as const) {
      const headers = {
        ...portal,
        origin: TEST_CORS_ORIGIN,
        ...(encoding ? { 'accept-encoding': `${encoding}, deflate` } : {}),
      }
      const miss = await send('/api/graphql', queryOf(limit), headers)
      const hit = await send('/api/graphql', queryOf(limit), headers)
      expect([miss.headers['x-cache'], hit.headers['x-cache']]).toEqual(['MISS', 'HIT'])
      expect(comparable(hit.headers)).toEqual(comparable(miss.headers))
      expect(hit.body.equals(miss.body)).toBe(true)
      expect(hit.headers['access-control-allow-origin']).toBe(TEST_CORS_ORIGIN)
      expect(hit.headers['content-security-policy']).toBeDefined()
      expect(hit.headers['content-encoding']).toBe(encoding)
      const text =
        encoding === 'br'
          ? zlib.brotliDecompressSync(hit.body)
          : encoding === 'gzip'
            ? zlib.gunzipSync(hit.body)
            : hit.body
      expect(JSON.parse(text.toString('utf8')).data.Units.docs).toHaveLength(limit)
    }
  })

  it('answer 304 to a matching If-None-Match, and keep locales and portals apart', async () => {
    const body = queryOf(14)
    const first = await send('/api/graphql', body, portal)
    const revalidated = await send('/api/graphql', body, { ...portal, 'if-none-match': String(first.headers.etag) })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body.length).toBe(0)
    expect((await send('/api/graphql?locale=en', body, portal)).headers['x-cache']).toBe('MISS')
    expect((await send('/api/graphql?locale=en', body, portal)).headers['x-cache']).toBe('HIT')
    expect((await send('/api/graphql', body, { 'x-portal-unit': UNIT_CODES.C2 })).headers['x-cache']).toBe('MISS')
  })

  it('leave to the whole way what is not a plain anonymous query: sessions, encoded and bad bodies', async () => {
    const body = queryOf(15)
    await send('/api/graphql', body, portal)
    expect((await send('/api/graphql', body, portal)).headers['x-cache']).toBe('HIT')
    // Signed in: never from the cache.
    const signedIn = await send('/api/graphql', body, { ...portal, ...content.world.sessions.editorC1.headers })
    expect(signedIn.headers['x-cache']).toBeUndefined()
    expect(signedIn.headers['cache-control']).toBe('private, no-store')
    // A compressed request body is inflated by Express's body parser, and finds the same answer.
    const gzipped = await send('/api/graphql', zlib.gzipSync(body), { ...portal, 'content-encoding': 'gzip' })
    expect(gzipped.status).toBe(200)
    expect(gzipped.headers['x-cache']).toBe('HIT')
    // Refusals, in the request's language, as before.
    const broken = await send('/api/graphql', '{"query": ', { ...portal, 'accept-language': 'vi' })
    expect(broken.status).toBe(400)
    expect(JSON.parse(broken.body.toString()).errors[0].message).toBe('Nội dung yêu cầu không phải JSON hợp lệ.')
    const batch = await send('/api/graphql', `[${body}]`, { ...portal, 'accept-language': 'en' })
    expect(batch.status).toBe(400)
    expect(JSON.parse(batch.body.toString()).errors[0].message).toMatch(/^Batch limit/)
    const large = await send(
      '/api/graphql',
      JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(120_000) }),
      portal,
    )
    expect(large.status).toBe(413)
    const asText = await send('/api/graphql', body, { ...portal, 'content-type': 'text/plain' })
    expect(asText.status).toBe(415)
  })

  it('log every request they answer', async () => {
    const body = queryOf(16)
    await send('/api/graphql', body, portal)
    const { logger } = content.server.payload
    const info = logger.info
    const lines: unknown[] = []
    logger.info = ((line: unknown) => void lines.push(line)) as typeof logger.info
    try {
      expect((await send('/api/graphql', body, portal)).headers['x-cache']).toBe('HIT')
    } finally {
      logger.info = info
    }
    expect(lines).toContainEqual(
      expect.objectContaining({ method: 'POST', msg: expect.stringMatching(/^POST \/api\/graphql 200 /), status: 200 }),
    )
  })
})
