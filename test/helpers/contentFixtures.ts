import type { Payload } from 'payload'

import type { Id } from '../../src/base/ids'
import { login, type Session } from './http'
import { emailOf, PASSWORD, unitIds, type UnitKey } from './tenancyFixtures'
import { startTestServer, type TestServer } from './testServer'

/** The people content tests act as: an approver and an editor of commune C1, an approver of its sibling C2. */
const PEOPLE = {
  approverC1: { role: 'approver', unit: 'C1' },
  approverC2: { role: 'approver', unit: 'C2' },
  editorC1: { role: 'editor', unit: 'C1' },
} as const
export type Person = keyof typeof PEOPLE

export type ContentWorld = {
  sessions: Record<Person, Session>
  units: Record<UnitKey, Id>
  users: Record<Person, { id: Id }>
}

/** Creates the people (the system's way, access bypassed) and signs each of them in over REST. */
export const createContentWorld = async (server: TestServer): Promise<ContentWorld> => {
  const units = await unitIds(server.payload)
  const users = {} as ContentWorld['users']
  const sessions = {} as ContentWorld['sessions']
  // The first user of an instance becomes a super-admin; content tests need a plain one first.
  await server.payload.create({
    collection: 'users',
    data: { email: 'super@tiengiang.gov.vn', isSuperAdmin: true, name: 'super', password: PASSWORD },
  })
  for (const [name, { role, unit }] of Object.entries(PEOPLE) as Array<[Person, (typeof PEOPLE)[Person]]>) {
    users[name] = await server.payload.create({
      collection: 'users',
      data: { assignments: [{ role, unit: units[unit] as number }], email: emailOf(name), name, password: PASSWORD },
    })
    sessions[name] = await login(server.url, emailOf(name), PASSWORD)
  }
  return { sessions, units, users }
}

/** A REST call as a person (or anonymously), answering status and parsed body. */
export const rest = async (
  server: TestServer,
  method: string,
  path: string,
  { body, headers = {}, session }: { body?: unknown; headers?: Record<string, string>; session?: Session } = {},
) => {
  const response = await fetch(`${server.url}/api${path}`, {
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    headers: {
      ...(body instanceof FormData || body === undefined ? {} : { 'content-type': 'application/json' }),
      ...session?.headers,
      ...headers,
    },
    method,
  })
  const text = await response.text()
  const answer = { body: text ? JSON.parse(text) : undefined, status: response.status }
  // The headers too, kept out of equality checks on the answer.
  return Object.defineProperty(answer, 'headers', { enumerable: false, value: response.headers }) as typeof answer & {
    headers: Headers
  }
}

/** The field paths and messages of a Payload validation error response. */
export const fieldErrors = (body: {
  errors?: Array<{ data?: { errors?: Array<{ message: string; path: string }> } }>
}) => body.errors?.flatMap((error) => error.data?.errors ?? []) ?? []

/** A Lexical document of paragraphs; each paragraph a list of text and link nodes. */
export const lexical = (...paragraphs: Array<Array<string | { text: string; url: string }>>) => ({
  root: {
    type: 'root',
    children: paragraphs.map((parts) => ({
      type: 'paragraph',
      children: parts.map((part) =>
        typeof part === 'string'
          ? { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: part, version: 1 }
          : {
              type: 'link',
              children: [
                { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: part.text, version: 1 },
              ],
              direction: 'ltr',
              fields: { linkType: 'custom', newTab: false, url: part.url },
              format: '',
              indent: 0,
              version: 3,
            },
      ),
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      version: 1,
    })),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

export const countOf = async (payload: Payload, collection: string) =>
  (await payload.count({ collection: collection as never })).totalDocs

/**
 * A real server with the content people, started before a test file's tests and stopped after them:
 * `const content = useContentServer()`, then `content.server` and `content.world` inside tests.
 */
export const useContentServer = (options?: Parameters<typeof startTestServer>[0]) => {
  const context = {} as { server: TestServer; world: ContentWorld }
  beforeAll(async () => {
    context.server = await startTestServer(options)
    context.world = await createContentWorld(context.server)
  })
  afterAll(async () => {
    await context.server?.stop()
  })
  return context
}
