import { serverAudits } from 'graphql-http'

import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

describe('GraphQL over HTTP conformance (the audits graphql-http ships)', () => {
  it('passes every audit the specification requires (MUST) and recommends (SHOULD)', async () => {
    const results = await Promise.all(
      serverAudits({ url: () => `${server.url}/api/graphql` }).map((audit) => audit.fn()),
    )
    const failed = results
      .filter((result) => result.status !== 'ok')
      .map((result) => `${result.status}: ${result.name}${'reason' in result ? ` (${result.reason})` : ''}`)
    expect(failed).toEqual([])
    expect(results.length).toBeGreaterThan(40)
  })
})
