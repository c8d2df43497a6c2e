import { randomUUID } from 'node:crypto'

import { rest, useContentServer } from '../helpers/contentFixtures'
import { startServerProcess } from '../helpers/spawnServer'
import { createTestDatabase } from '../helpers/testDatabase'
import { testEnvironment } from '../helpers/testServer'

const content = useContentServer()

const createNews = (title: string, key?: string, session = content.world.sessions.approverC1) =>
  rest(content.server, 'POST', '/news', {
    body: { _status: 'published', title, unit: content.world.units.C1 },
    headers: key ? { 'idempotency-key': key } : {},
    session,
  })
const countTitled = async (title: string) =>
  (await content.server.payload.count({ collection: 'news', where: { title: { equals: title } } })).totalDocs

describe('Idempotency-Key on writes', () => {
  it('a retried create answers the first answer and stores one document', async () => {
    const key = randomUUID()
    const first = await createNews('Tin gửi lại hai lần', key)
    const again = await createNews('Tin gửi lại hai lần', key)
    expect([first.status, again.status]).toEqual([201, 201])
    expect(again.body.doc.id).toBe(first.body.doc.id)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(await countTitled('Tin gửi lại hai lần')).toBe(1)
  })

  it('refuses the same key for another request, and a malformed key, naming the header', async () => {
    const key = randomUUID()
    await createNews('Một yêu cầu', key)
    const other = await createNews('Một yêu cầu khác', key)
    expect(other.status).toBe(422)
    expect(JSON.stringify(other.body)).toMatch(/Idempotency-Key này đã được dùng cho một yêu cầu khác/)
    const byAnother = await createNews('Một yêu cầu', key, content.world.sessions.approverC2)
    expect(byAnother.status).toBe(422)
    const malformed = await createNews('Khóa sai', 'short')
    expect([malformed.status, malformed.body.errors[0].field]).toEqual([400, 'Idempotency-Key'])
    expect(await countTitled('Một yêu cầu khác')).toBe(0)
  })

  it('updates and deletes by id are idempotent too', async () => {
    const { body } = await createNews('Tin sẽ sửa')
    const key = randomUUID()
    const patch = () =>
      rest(content.server, 'PATCH', `/news/${body.doc.id}`, {
        body: { title: 'Tin đã sửa một lần' },
        headers: { 'idempotency-key': key },
        session: content.world.sessions.approverC1,
      })
    const [first, again] = [await patch(), await patch()]
    expect([first.status, again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 200, 'true'])
    const removeKey = randomUUID()
    const remove = () =>
      rest(content.server, 'DELETE', `/news/${body.doc.id}`, {
        headers: { 'idempotency-key': removeKey },
        session: content.world.sessions.approverC1,
      })
    expect([(await remove()).status, (await remove()).status]).toEqual([200, 200])
  })

  it('GraphQL mutations: a retry answers the first answer', async () => {
    const key = randomUUID()
    const mutate = () =>
      fetch(`${content.server.url}/api/graphql`, {
        body: JSON.stringify({
          query:
            'mutation ($unit: Int!) { createNewsArticle(data: { title: "Tin GraphQL một lần", unit: $unit, _status: published }) { id } }',
          variables: { unit: content.world.units.C1 },
        }),
        headers: {
          'content-type': 'application/json',
          'idempotency-key': key,
          ...content.world.sessions.approverC1.headers,
        },
        method: 'POST',
      }).then(async (response) => ({
        body: (await response.json()) as { data?: { createNewsArticle: { id: number } } },
        replayed: response.headers.get('idempotent-replayed'),
      }))
    const first = await mutate()
    const again = await mutate()
    expect(first.body.data?.createNewsArticle.id).toBeDefined()
    expect(again.body.data?.createNewsArticle.id).toBe(first.body.data?.createNewsArticle.id)
    expect(again.replayed).toBe('true')
    expect(await countTitled('Tin GraphQL một lần')).toBe(1)
  })

  it('the same key sent five times at once writes one document', async () => {
    const key = randomUUID()
    const answers = await Promise.all(Array.from({ length: 5 }, () => createNews('Tin gửi đồng thời', key)))
    expect(await countTitled('Tin gửi đồng thời')).toBe(1)
    expect(answers.filter((answer) => answer.status === 201).length).toBeGreaterThanOrEqual(1)
    expect(answers.filter((answer) => ![201, 409].includes(answer.status))).toEqual([])
  })
})

describe('Idempotency-Key across a crash', () => {
  it('a write cut off by the process dying is not stored twice when retried after the restart', async () => {
    const database = await createTestDatabase()
    const env = testEnvironment(database)
    const requests: Array<{ key: string; title: string }> = []
    try {
      let server = await startServerProcess(env)
      const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${url}/api${path}`, {
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json', ...headers },
          method: 'POST',
        })
      await post(server.url, '/users/first-register', {
        email: 'quan-tri@tiengiang.gov.vn',
        name: 'Quản trị',
        password: 'mat-khau-thu-nghiem-1',
      })
      const login = async (url: string) =>
        (
          (await (
            await post(url, '/users/login', { email: 'quan-tri@tiengiang.gov.vn', password: 'mat-khau-thu-nghiem-1' })
          ).json()) as { token: string }
        ).token
      const units = (await (await fetch(`${server.url}/api/units?where[code][equals]=28261&depth=0`)).json()) as {
        docs: Array<{ id: number }>
      }
      const unit = units.docs[0]!.id
      for (let round = 0; round < 4; round++) {
        const token = await login(server.url)
        const batch = Array.from({ length: 6 }, (_, lane) => ({
          key: randomUUID(),
          title: `Tin trước sự cố ${round}-${lane}`,
        }))
        requests.push(...batch)
        const sent = batch.map(({ key, title }) =>
          post(
            server.url,
            '/news',
            { _status: 'published', title, unit },
            { authorization: `JWT ${token}`, 'idempotency-key': key },
          ).catch(() => undefined),
        )
        await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 250))
        server.child.kill('SIGKILL')
        await server.exited
        await Promise.all(sent)
        server = await startServerProcess(env)
      }
      const token = await login(server.url)
      await new Promise((resolve) => setTimeout(resolve, 2100)) // past the moment an unanswered record is given up on
      for (const { key, title } of requests) {
        const retry = await post(
          server.url,
          '/news',
          { _status: 'published', title, unit },
          { authorization: `JWT ${token}`, 'idempotency-key': key },
        )
        expect({ status: retry.status, title }).toEqual({ status: 201, title })
        const answer = (await retry.json()) as { doc: { title: string } }
        expect(answer.doc.title).toBe(title)
      }
      for (const { title } of requests) {
        const found = (await (
          await fetch(`${server.url}/api/news/count?where[title][equals]=${encodeURIComponent(title)}`, {
            headers: { authorization: `JWT ${token}` },
          })
        ).json()) as { totalDocs: number }
        expect({ count: found.totalDocs, title }).toEqual({ count: 1, title })
      }
      server.child.kill('SIGTERM')
      await server.exited
    } finally {
      await database.drop()
    }
  }, 180_000)
})
