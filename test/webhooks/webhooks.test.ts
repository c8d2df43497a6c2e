import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { verifySignature } from '../../src/webhooks/signature'
import { rest, useContentServer } from '../helpers/contentFixtures'

const content = useContentServer({ env: { WEBHOOK_ATTEMPTS: '3', WEBHOOK_RETRY_DELAY_MS: '100' } })

type Received = { body: Record<string, unknown>; path: string; valid: boolean }
const received: Received[] = []
let failuresLeft: Record<string, number> = {}
let receiver: http.Server
let base: string
const SECRETS: Record<string, string> = { '/c1': 's'.repeat(64), '/c2': 't'.repeat(64), '/down': 'u'.repeat(64) }

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const path = req.url ?? ''
      const valid = verifySignature(
        SECRETS[path] ?? '',
        String(req.headers['x-portal-timestamp']),
        body,
        String(req.headers['x-portal-signature']),
      )
      received.push({ body: JSON.parse(body), path, valid })
      const failing = (failuresLeft[path] ?? 0) > 0
      if (failing) failuresLeft[path]!--
      res.writeHead(failing ? 503 : 204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
  const { server, world } = content
  for (const [unit, path] of [
    ['C1', '/c1'],
    ['C2', '/c2'],
  ] as const) {
    await server.payload.create({
      collection: 'webhooks',
      data: {
        events: ['publish', 'unpublish'],
        secret: SECRETS[path],
        unit: world.units[unit] as number,
        url: `${base}${path}`,
      },
    })
  }
})
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve))
})

/** Runs the webhook queue until nothing is due (retries wait their backoff), as the server's timer would. */
const drain = async () => {
  for (let round = 0; round < 20; round++) {
    await content.server.payload.jobs.run({ queue: 'webhooks' })
    const { totalDocs } = await content.server.payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: 'webhooks' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
    if (totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
const take = () => received.splice(0, received.length)

describe('webhooks', () => {
  it('tells the unit’s portal about a publish, signed with its secret; a draft save tells nobody', async () => {
    const { server, world } = content
    const draft = await rest(server, 'POST', '/news?draft=true', {
      body: { title: 'Nháp', unit: world.units.C1 },
      session: world.sessions.editorC1,
    })
    await drain()
    expect(take()).toEqual([])
    await rest(server, 'PATCH', `/news/${draft.body.doc.id}`, {
      body: { _status: 'published' },
      session: world.sessions.approverC1,
    })
    await drain()
    expect(take()).toEqual([
      {
        body: expect.objectContaining({
          collection: 'news',
          event: 'publish',
          id: String(draft.body.doc.id),
          slug: 'nhap',
          unit: String(world.units.C1),
        }),
        path: '/c1',
        valid: true,
      },
    ])
    await rest(server, 'PATCH', `/news/${draft.body.doc.id}`, {
      body: { _status: 'draft' },
      session: world.sessions.approverC1,
    })
    await drain()
    expect(take().map((message) => [message.path, message.body.event])).toEqual([['/c1', 'unpublish']])
  })

  it('tells every portal that shows an item the province shares with communes', async () => {
    const { server, world } = content
    await server.payload.create({
      collection: 'news',
      data: {
        _status: 'published',
        showOnSubunits: ['commune'],
        title: 'Tin tỉnh cho xã',
        unit: world.units.P as number,
      },
    })
    await drain()
    expect(
      take()
        .map((message) => message.path)
        .sort(),
    ).toEqual(['/c1', '/c2'])
  })

  it('retries a failing receiver with backoff and logs each attempt', async () => {
    const { server, world } = content
    failuresLeft = { '/c1': 2 }
    const doc = await server.payload.create({
      collection: 'news',
      data: { _status: 'published', title: 'Thử lại', unit: world.units.C1 as number },
    })
    await drain()
    expect(take().map((message) => message.path)).toEqual(['/c1', '/c1', '/c1'])
    const [delivery] = (
      await server.payload.find({ collection: 'webhook-deliveries', where: { documentId: { equals: String(doc.id) } } })
    ).docs
    expect(delivery).toMatchObject({ attempts: 3, lastStatusCode: 204, status: 'delivered' })
  })

  it('gives up after the last attempt and says so in the log', async () => {
    const { server, world } = content
    await server.payload.create({
      collection: 'webhooks',
      data: {
        events: ['publish', 'unpublish'],
        secret: SECRETS['/down'],
        unit: world.units.C1 as number,
        url: `${base}/down`,
      },
    })
    failuresLeft = { '/down': 99 }
    const doc = await server.payload.create({
      collection: 'contacts',
      data: { _status: 'published', kind: 'person', name: 'Người mới', unit: world.units.C1 as number },
    })
    await drain()
    const { docs } = await server.payload.find({
      collection: 'webhook-deliveries',
      where: { documentId: { equals: String(doc.id) } },
    })
    const down = docs.find(
      (delivery) => (delivery.body as { portal: string }).portal && delivery.lastStatusCode === 503,
    )
    expect(down).toMatchObject({ attempts: 3, lastError: 'HTTP 503', status: 'failed' })
    take()
  })

  it('webhooks and their log are for the unit’s managers only', async () => {
    const { server, world } = content
    const asEditor = await rest(server, 'GET', '/webhooks', { session: world.sessions.editorC1 })
    expect(asEditor.status === 403 || asEditor.body.docs.length === 0).toBe(true)
    const created = await rest(server, 'POST', '/webhooks', {
      body: { unit: world.units.C1, url: 'https://example.gov.vn/hook' },
      session: world.sessions.approverC1,
    })
    expect(created.status).toBe(403)
    expect((await rest(server, 'GET', '/webhook-deliveries')).status).toBe(403)
  })
})
