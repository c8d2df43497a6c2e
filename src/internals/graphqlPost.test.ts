import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { configToSchema } from '@payloadcms/graphql'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import {
  type ASTVisitor,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationContext,
} from 'graphql'

import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { graphqlPost, validateOnce } from './graphqlPost'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

/** The file graphqlPost.ts copies, as of @payloadcms/next 3.90.2 (beside `@payloadcms/next/routes`'s dist/exports). */
const COPIED_FROM = {
  file: '../routes/graphql/handler.js',
  sha256: '2f98002bd81bd98a6f74958995b535b84535b5f06d4efcd5322cfcbc0a2d7746',
}

describe("the copy of Payload's GraphQL endpoint (src/internals/graphqlPost.ts)", () => {
  it('was made from the handler this Payload ships: an upgrade that changes it fails here', () => {
    const routes = createRequire(import.meta.url).resolve('@payloadcms/next/routes')
    const text = fs.readFileSync(path.join(path.dirname(routes), COPIED_FROM.file))
    const sha256 = createHash('sha256').update(text).digest('hex')
    if (sha256 !== COPIED_FROM.sha256) {
      throw new Error(
        `@payloadcms/next's ${COPIED_FROM.file} changed: carry its changes into src/internals/graphqlPost.ts, ` +
          `then set COPIED_FROM.sha256 to ${sha256}`,
      )
    }
  })

  const ask = async (handler: (request: Request) => Promise<Response>, body: unknown, headers = {}) => {
    const response = await handler(
      new Request(`${server.url}/api/graphql`, {
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', 'x-portal-unit': 'tinh', ...headers },
        method: 'POST',
      }),
    )
    return { body: (await response.json()) as unknown, status: response.status }
  }

  it("answers as Payload's own handler does: data, invalid documents, refused operations, variables", async () => {
    const config = Promise.resolve(server.payload.config)
    const ours = graphqlPost(config)
    const theirs = GRAPHQL_POST(config)
    const cases: unknown[] = [
      { query: '{ Units(limit: 2, sort: "code") { docs { code name } totalDocs } }' },
      { query: '{ Units { docs { nope } } }' },
      { query: 'query Q($limit: Int) { News(limit: $limit) { docs { title } } }', variables: { limit: 'ten' } },
      { query: 'mutation { createNews(data: { title: "x" }) { id } }' },
      { query: '{ Units(where: { code: { equals: "28261" } }) { docs { code } } }' },
      { query: '{ Units { docs { code } }' },
    ]
    // In English: ours says graphql-js's messages in the request's language, Payload's in English only.
    const english = { 'accept-language': 'en' }
    for (const body of cases) {
      // Twice: the second answer comes from the kept document and verdict.
      for (let round = 0; round < 2; round++)
        expect(await ask(ours, body, english)).toEqual(await ask(theirs, body, english))
    }
    // In Vietnamese, the same answer but for the message.
    const vietnamese = await ask(ours, cases[1])
    const theirsInEnglish = (await ask(theirs, cases[1])) as { body: { errors: Array<{ message: string }> } }
    expect(vietnamese).toEqual({
      ...theirsInEnglish,
      body: {
        errors: [{ ...theirsInEnglish.body.errors[0], message: expect.stringMatching(/^Kiểu "Unit" không có/) }],
      },
    })
  })
})

describe('validateOnce', () => {
  let schema: GraphQLSchema
  beforeAll(() => {
    schema = configToSchema(server.payload.config).schema
  })
  const counting = () => {
    let runs = 0
    const rule = (context: ValidationContext): ASTVisitor => {
      runs++
      return { Document: () => context.reportError(new GraphQLError(`run ${runs}`)) }
    }
    return { rule, runs: () => runs }
  }

  it("gives graphql-js's own verdict, keeps it per document, and runs the other rules every time", () => {
    const document = parse('{ Units { docs { nope } } Nothing }')
    const extra = counting()
    const first = validateOnce(schema, document, [...specifiedRules, extra.rule])
    const second = validateOnce(schema, document, [...specifiedRules, extra.rule])
    const expected = validate(schema, document, specifiedRules).map((error) => error.message)
    expect(expected.length).toBe(2)
    expect(first.map((error) => error.message)).toEqual(['run 1', ...expected])
    expect(second.map((error) => error.message)).toEqual(['run 2', ...expected])
    // The same error objects: the verdict was kept, not worked out again.
    expect(second[1]).toBe(first[1])
    expect(extra.runs()).toBe(2)
  })

  it('finds a valid document valid, and tells documents apart', () => {
    expect(validateOnce(schema, parse('{ Units { docs { code } } }'))).toEqual([])
    expect(validateOnce(schema, parse('{ Units { docs { code nope } } }')).map((error) => error.message)).toEqual([
      expect.stringContaining('nope'),
    ])
  })
})
