import { rest, useContentServer } from '../helpers/contentFixtures'

/** A server of its own (Payload keeps one instance per process) whose job timer fires every second. */
const content = useContentServer({ env: { JOBS_CRON: '* * * * * *', RUN_JOBS: 'true' } })

describe('the server runs scheduled changes by itself', () => {
  it('publishes a scheduled draft on its timer, without anyone running the queue', async () => {
    const { server, world } = content
    const created = await rest(server, 'POST', '/news?draft=true', {
      body: { title: 'Tự xuất bản', unit: world.units.C1 },
      session: world.sessions.editorC1,
    })
    const at = new Date(Date.now() + 1000).toISOString()
    expect(
      (
        await rest(server, 'POST', `/news/${created.body.doc.id}/schedule`, {
          body: { at },
          session: world.sessions.approverC1,
        })
      ).status,
    ).toBe(201)
    const deadline = Date.now() + 30_000
    let status: string | undefined
    while (Date.now() < deadline && status !== 'published') {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (
        (await server.payload.findByID({ collection: 'news', id: created.body.doc.id })) as { _status?: string }
      )._status
    }
    expect(status).toBe('published')
  })
})
