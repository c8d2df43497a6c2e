import { UNIT_CODES } from '../helpers/tenancyFixtures'
import { rest, useContentServer } from '../helpers/contentFixtures'

const content = useContentServer()

/** Takes the database away as an outage would: the server is dropped (PostgreSQL) or the connection closed. */
const loseDatabase = async () => {
  const { server } = content
  if (server.database.kind === 'sqlite') {
    ;(server.payload.db as unknown as { client: { close: () => void } }).client.close()
  } else {
    await server.database.drop()
  }
}

/**
 * While the database is away, every request that needs it is answered 503 with Retry-After and a message saying
 * the database is unavailable (in the request's language), never 500 "Something went wrong." nor 200 with an
 * error; the process stays up and /readyz names the cause.
 */
describe('a database outage', () => {
  it('answers writes and reads, REST and GraphQL, with 503, Retry-After and the reason', async () => {
    const { server, world } = content
    await loseDatabase()

    const write = await rest(server, 'POST', '/news', {
      body: { _status: 'published', title: 'Trong lúc mất cơ sở dữ liệu', unit: world.units.C1 },
      session: world.sessions.approverC1,
    })
    expect(write.status).toBe(503)
    expect(write.headers.get('retry-after')).toBe('10')
    expect(write.body.errors[0].message).toMatch(/^Cơ sở dữ liệu tạm thời không truy cập được/)

    const read = await rest(server, 'GET', '/news?limit=5', {
      headers: { 'accept-language': 'en', 'x-portal-unit': UNIT_CODES.C1 },
    })
    expect(read.status).toBe(503)
    expect(read.body.errors[0].message).toMatch(/^The database is unavailable/)

    const graphql = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ News(limit: 5) { docs { title } } }' }),
      headers: { 'content-type': 'application/json', 'x-portal-unit': UNIT_CODES.C1 },
      method: 'POST',
    })
    expect(graphql.status).toBe(503)
    expect(graphql.headers.get('retry-after')).toBe('10')
    const answer = (await graphql.json()) as { errors: Array<{ extensions: { code: string }; message: string }> }
    expect(answer.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE')
    expect(answer.errors[0]!.message).not.toMatch(/Something went wrong|select|Failed query/i)

    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(((await ready.json()) as { reason: string }).reason).not.toMatch(/select|Failed query/i)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})
