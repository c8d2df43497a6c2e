import net from 'node:net'

import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/** Sends raw bytes and reads everything the server answers until it closes the connection. */
const raw = (request: string) =>
  new Promise<string>((resolve, reject) => {
    const { port } = new URL(server.url)
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(request))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })

describe('oversized and malformed requests', () => {
  it('an address over 8 KB answers 414 with a body', async () => {
    const response = await fetch(`${server.url}/api/news?where[title][like]=${'a'.repeat(9000)}`)
    expect(response.status).toBe(414)
    expect(((await response.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(
      /tối đa 8192 ký tự/,
    )
  })

  it('headers over 16 KB answer 431 with a body, not a reset connection', async () => {
    const answer = await raw(`GET /api/news HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`)
    expect(answer).toMatch(/^HTTP\/1\.1 431 /)
    expect(answer).toMatch(/"errors":\[\{"message":"Địa chỉ và tiêu đề của yêu cầu quá lớn/)
  })

  it('a request that is not HTTP answers 400 with a body', async () => {
    const answer = await raw('HELLO WORLD\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    expect(answer).toMatch(/không đúng giao thức HTTP/)
  })

  it('a GraphQL document nesting thousands of brackets is refused before anything parses it', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{'.repeat(20_000) + '}'.repeat(20_000) }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/Giới hạn độ sâu/)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('self-spreading and cyclic fragments are refused by validation with 400, quickly', async () => {
    for (const query of [
      'fragment A on NewsArticle { id ...A } { News { docs { ...A } } }',
      'fragment A on NewsArticle { ...B } fragment B on NewsArticle { ...A } { News { docs { ...A } } }',
      // A fan of fragments: each spreads the next twice (2^24 paths if walked naively).
      Array.from(
        { length: 24 },
        (_, i) => `fragment F${i} on NewsArticle { id ${i < 23 ? `...F${i + 1} ...F${i + 1}` : ''} }`,
      ).join(' ') + ' { News { docs { ...F0 } } }',
    ]) {
      const response = await fetch(`${server.url}/api/graphql`, {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      expect({ query: query.slice(0, 40), status: response.status < 500 }).toEqual({
        query: query.slice(0, 40),
        status: true,
      })
    }
  })
})
