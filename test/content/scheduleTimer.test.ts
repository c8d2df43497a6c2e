import { createContentWorld, rest } from '../helpers/contentFixtures'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** One server per test file: Payload keeps one instance per process. This one runs its job timer every second. */
describe('the server runs scheduled changes by itself', () => {
  let timed: TestServer

  beforeAll(async () => {
    timed = await startTestServer({ env: { JOBS_CRON: '* * * * * *', RUN_JOBS: 'true' } })
  })
  afterAll(async () => {
    await timed?.stop()
  })

  it('publishes a scheduled draft on its timer, without anyone running the queue', async () => {
    const timedWorld = await createContentWorld(timed)
    const created = await rest(timed, 'POST', '/news?draft=true', { body: { title: 'Tự xuất bản', unit: timedWorld.units.C1 }, session: timedWorld.sessions.editorC1 })
    const at = new Date(Date.now() + 1000).toISOString()
    expect((await rest(timed, 'POST', `/news/${created.body.doc.id}/schedule`, { body: { at }, session: timedWorld.sessions.approverC1 })).status).toBe(201)
    const deadline = Date.now() + 30_000
    let status: string | undefined
    while (Date.now() < deadline && status !== 'published') {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = ((await timed.payload.findByID({ collection: 'news', id: created.body.doc.id })) as { _status?: string })._status
    }
    expect(status).toBe('published')
  })
})
