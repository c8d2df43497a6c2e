import { sql } from '@payloadcms/db-sqlite/drizzle'

import type { News } from '../../payload-types'
import { lexical } from '../../test/helpers/contentFixtures'
import { startTestServer, type TestServer } from '../../test/helpers/testServer'
import { toSafeHtml } from '../richText/toSafeHtml'
import { adapterName, executeStatement } from './sqlAdapter'
import { fillStoredHtml } from './storedHtml'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

const paragraph = (text: string) => lexical([text]) as unknown as News['body']

const storedHtml = async () =>
  (
    await executeStatement(
      server.payload,
      sql`select _locale as locale, body_html as html from news_locales order by _locale`,
    )
  ).map(({ html, locale }) => ({ html, locale }))

/**
 * The backfill of the stored HTML migration (issue 15) reads and writes Payload's `news_locales` columns by name,
 * and turns a JSON text into rows in each database's own way: if an upgrade renames the columns or the tables, or
 * the JSON functions behave otherwise, this fails here.
 */
describe('filling the stored HTML of rows written before it was stored', () => {
  it('gives each row the HTML its body makes, in every locale, and leaves rows without a body alone', async () => {
    const kind = adapterName(server.payload)
    if (kind !== 'sqlite' && kind !== 'postgres') return
    const unit = (await server.payload.find({ collection: 'units', limit: 1, where: { level: { equals: 'commune' } } }))
      .docs[0]!.id as number
    const item = await server.payload.create({
      collection: 'news',
      data: { _status: 'published', body: paragraph('Lịch tiếp công dân <tháng 12>'), title: 'Lịch tiếp', unit },
    })
    await server.payload.update({
      collection: 'news',
      data: { body: paragraph('Citizen reception schedule'), title: 'Schedule' },
      id: item.id,
      locale: 'en',
    })
    await server.payload.create({ collection: 'news', data: { _status: 'published', title: 'Không nội dung', unit } })
    const written = await storedHtml()
    expect(written).toContainEqual({ html: '<p>Citizen reception schedule</p>', locale: 'en' })
    expect(written).toContainEqual({ html: '<p>Lịch tiếp công dân &lt;tháng 12&gt;</p>', locale: 'vi' })
    expect(written).toContainEqual({ html: null, locale: 'vi' })

    await executeStatement(server.payload, sql`update news_locales set body_html = null`)
    // Without its stored HTML (a MongoDB document written before it was stored), a read that selects the HTML
    // reads the body too and makes it (src/richText/htmlField.ts readSourcesWithTheirHtml); one that does not
    // leaves the body unread.
    const read = async (select: Record<string, true>) =>
      (await server.payload.findByID({ collection: 'news', id: item.id, select: select as never })) as Partial<News>
    expect(await read({ bodyHtml: true })).toMatchObject({ bodyHtml: '<p>Lịch tiếp công dân &lt;tháng 12&gt;</p>' })
    const titleOnly = await read({ title: true })
    expect(titleOnly).toMatchObject({ title: 'Lịch tiếp' })
    expect(titleOnly).not.toHaveProperty('body')
    const run = (statement: Parameters<typeof executeStatement>[1]) => executeStatement(server.payload, statement)
    const filled = await fillStoredHtml(
      run,
      kind,
      [{ html: 'body_html', source: 'body', table: 'news_locales' }],
      toSafeHtml,
    )
    expect(filled).toBe(2)
    expect((await storedHtml()).sort((a, b) => String(a.html).localeCompare(String(b.html)))).toEqual(
      written.sort((a, b) => String(a.html).localeCompare(String(b.html))),
    )
  })
})
