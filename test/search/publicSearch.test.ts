import { createLocalReq, type PayloadRequest } from 'payload'

import { planSearch, searchContent, type SearchOptions, searchThroughPayload } from '../../src/search/searchContent'
import type { SearchResults } from '../../src/search/searchContent'
import { adapterName, executeSql } from '../../src/internals/sqlAdapter'
import { useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES, type UnitKey } from '../helpers/tenancyFixtures'

/**
 * A visitor's search runs as one SQL statement (src/search/publicSearch.ts); signed-in people's through Payload's
 * finds with access. Both must give a visitor the same page: the same hits in the same order, the same totals.
 * This checks that over a mixed corpus (every searchable collection, every unit of the test tree, inherited and
 * marked items, drafts, a published item with a newer draft, English versions with fields left to fall back to
 * Vietnamese), many queries (short and long words, words in the title or only in the text, nothing found), every
 * portal, searches naming units, both locales, collection subsets and pages.
 */
const content = useContentServer()

const PHRASES = [
  'Đăng ký kết hôn',
  'Cấp giấy khai sinh',
  'Hộ tịch xã An Bình',
  'An toàn giao thông',
  'Nông thôn mới',
  'Bảo hiểm y tế',
  'Chứng thực bản sao',
  'Ý kiến cử tri',
  'Tư pháp – hộ tịch',
  'Dịch vụ công trực tuyến',
]
const UNITS: UnitKey[] = ['P', 'S', 'D', 'C1', 'C2']
const MARKS: string[][] = [[], ['commune'], ['district'], ['commune', 'district']]

/** A small deterministic generator, so a failure is the same on every run. */
const numbers = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

beforeAll(async () => {
  const { payload } = content.server
  const { units } = content.world
  const random = numbers(42)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const phrase = () => `${pick(PHRASES)} ${Math.floor(random() * 90) + 10}`
  let day = 0
  const date = () => new Date(Date.UTC(2025, 0, 1 + day++, 8)).toISOString()
  for (let index = 0; index < 48; index++) {
    const key = UNITS[index % UNITS.length]!
    const unit = units[key] as number
    const showOnSubunits = key === 'P' || key === 'D' ? pick(MARKS) : []
    const status = index % 7 === 3 ? 'draft' : 'published'
    const shared = { _status: status, showOnSubunits, unit }
    const kind = index % 4
    const created =
      kind === 0
        ? await payload.create({
            collection: 'news',
            data: { ...shared, author: phrase(), publishedAt: date(), summary: phrase(), title: phrase() } as never,
            draft: status === 'draft',
          })
        : kind === 1
          ? await payload.create({
              collection: 'procedures',
              data: {
                ...shared,
                code: `1.${String(900000 + index)}`,
                field: pick(PHRASES),
                implementingAgency: phrase(),
                level: key === 'P' ? 'province' : 'commune',
                name: phrase(),
              } as never,
              draft: status === 'draft',
            })
          : kind === 2
            ? await payload.create({
                collection: 'legal-documents',
                data: {
                  ...shared,
                  issuedAt: date(),
                  issuingBody: phrase(),
                  numberAndSymbol: `${index}/2025/QĐ-UBND`,
                  signer: phrase(),
                  summary: phrase(),
                  type: 'quyet-dinh',
                } as never,
                draft: status === 'draft',
              })
            : await payload.create({
                collection: 'contacts',
                data: { ...shared, department: phrase(), name: phrase(), position: phrase() } as never,
                draft: status === 'draft',
              })
    const collection = ['news', 'procedures', 'legal-documents', 'contacts'][kind] as 'news'
    // Some items in English, some fields left to fall back to Vietnamese.
    if (index % 3 === 0 && status === 'published') {
      const english =
        kind === 0
          ? { title: `Marriage registration ${index}` }
          : kind === 1
            ? { field: 'Civil status', name: `Birth certificate ${index}` }
            : kind === 2
              ? { issuingBody: 'People’s Committee', summary: `Road safety ${index}` }
              : { name: `Nguyen Van ${index}` }
      await payload.update({ collection, data: english as never, id: created.id, locale: 'en' })
    }
    // A published item with a newer draft: visitors still find the published words only.
    if (index % 11 === 5 && status === 'published' && kind === 0)
      await payload.update({
        collection: 'news',
        data: { title: 'Bản nháp chưa công bố về kết hôn' },
        draft: true,
        id: created.id,
      })
  }
})

const visitorReq = (headers: Record<string, string>): Promise<PayloadRequest> =>
  createLocalReq({ req: { headers: new Headers(headers) } as Partial<PayloadRequest> }, content.server.payload)

/** Hits in the order given, with hits of equal rank (title match, date) in one fixed order (ties may come either way). */
const normalised = (results: SearchResults) => {
  const rank = (hit: SearchResults['docs'][number]) => `${hit.titleMatch ? 1 : 0}|${hit.date}`
  const docs = [...results.docs]
  docs.sort((a, b) => {
    if (rank(a) !== rank(b)) return docs.indexOf(a) - docs.indexOf(b)
    return `${a.collection}:${a.id}`.localeCompare(`${b.collection}:${b.id}`)
  })
  return { ...results, docs }
}

const QUERIES = [
  'dang ky ket hon',
  'kết hôn',
  'ho tich',
  'xa an binh',
  'an',
  'y te',
  'bảo hiểm',
  'chung thuc ban sao 4',
  'marriage',
  'nguyen van',
  'không có gì như thế này',
  '2025 qd',
]

const both = async (headers: Record<string, string>, options: SearchOptions) => {
  const req = await visitorReq(headers)
  const plan = await planSearch(req, options)
  const sql = await searchContent(await visitorReq(headers), options)
  const payload = await searchThroughPayload(await visitorReq(headers), plan)
  return { payload, sql }
}

describe('a visitor’s search in SQL gives what Payload’s finds give', () => {
  it('has indexes to use (SQLite FTS5 beside every searchable table)', async () => {
    if (adapterName(content.server.payload) !== 'sqlite') return
    const rows = (await executeSql(
      content.server.payload,
      `select name from sqlite_master where name like '%_locales_fts'`,
    )) as Array<{ name: string }>
    expect(rows.map((row) => row.name).sort()).toEqual([
      'contacts_locales_fts',
      'legal_documents_locales_fts',
      'news_locales_fts',
      'procedures_locales_fts',
    ])
  })

  it('on every portal, in both locales, for every query: the same hits, order and totals', async () => {
    let compared = 0
    let found = 0
    for (const unit of UNITS)
      for (const locale of ['vi', 'en'] as const)
        for (const query of QUERIES) {
          const { payload, sql } = await both({ 'x-portal-unit': UNIT_CODES[unit] }, { limit: 50, locale, query })
          expect({ locale, query, unit, ...normalised(sql) }).toEqual({ locale, query, unit, ...normalised(payload) })
          compared++
          found += sql.totalDocs
        }
    expect(compared).toBe(UNITS.length * 2 * QUERIES.length)
    // The corpus gives the comparison something to compare.
    expect(found).toBeGreaterThan(200)
  })

  it('searches naming units (with and without sub-units), with and without a portal, in both locales: the same', async () => {
    // The province with its 202 units reads the full-text index first (src/search/rules/fullText.ts), the others
    // their units' rows first: both ways are compared.
    const cases = [
      ['P', true, {}],
      ['P', true, { 'x-portal-unit': UNIT_CODES.C2 }],
      ['D', true, {}],
      ['D', false, {}],
      ['C1', false, { 'x-portal-unit': UNIT_CODES.C2 }],
      ['S', true, {}],
    ] as const
    // Two-letter words (`ky`, `ho`, `an`) are asked of SQLite's index too, one-letter ones (`y`) checked on rows.
    for (const [unit, includeSubunits, headers] of cases)
      for (const locale of ['vi', 'en'] as const)
        for (const query of [...QUERIES.slice(0, 5), 'y te']) {
          const options = { includeSubunits, limit: 50, locale, query, unit: UNIT_CODES[unit] }
          const { payload, sql } = await both(headers, options)
          expect({ options, ...normalised(sql) }).toEqual({ options, ...normalised(payload) })
        }
  })

  it('pages and collection subsets: the same pages and totals', async () => {
    for (const collections of [undefined, ['news'], ['procedures', 'contacts']] as const)
      for (const page of [1, 2, 3, 9])
        for (const query of ['ket hon', 'an', 'ho tich']) {
          const options = { collections: collections && [...collections], limit: 3, page, query }
          const { payload, sql } = await both({ 'x-portal-unit': UNIT_CODES.P }, options as SearchOptions)
          const ranks = (results: SearchResults) => results.docs.map((hit) => `${hit.titleMatch}|${hit.date}`)
          expect({ options, ranks: ranks(sql), totals: [sql.totalDocs, sql.totalPages, sql.hasNextPage] }).toEqual({
            options,
            ranks: ranks(payload),
            totals: [payload.totalDocs, payload.totalPages, payload.hasNextPage],
          })
        }
  })

  it('a request naming no portal and no unit finds nothing, a unit that does not exist nothing', async () => {
    expect((await both({}, { query: 'ket hon' })).sql.totalDocs).toBe(0)
    expect((await both({}, { query: 'ket hon', unit: 'no-such-unit' })).sql).toMatchObject({ docs: [], totalDocs: 0 })
  })

  it('keeps the index in step with writes: a new title is found, an old one no longer, a deleted item gone', async () => {
    const { payload } = content.server
    const item = await payload.create({
      collection: 'news',
      data: {
        _status: 'published',
        publishedAt: '2026-01-02T00:00:00.000Z',
        title: 'Lễ hội xoài Cát Hòa Lộc',
        unit: content.world.units.C1 as number,
      },
    })
    const headings = async (query: string) =>
      (await searchContent(await visitorReq({ 'x-portal-unit': UNIT_CODES.C1 }), { query })).docs.map(
        (hit) => hit.heading,
      )
    expect(await headings('xoai cat hoa loc')).toEqual(['Lễ hội xoài Cát Hòa Lộc'])
    await payload.update({ collection: 'news', data: { title: 'Lễ hội trái cây' }, id: item.id })
    expect(await headings('xoai cat hoa loc')).toEqual([])
    expect(await headings('le hoi trai cay')).toEqual(['Lễ hội trái cây'])
    await payload.delete({ collection: 'news', id: item.id })
    expect(await headings('le hoi trai cay')).toEqual([])
    if (adapterName(payload) === 'sqlite')
      // FTS5's own check that the index matches the table it indexes.
      await executeSql(payload, `insert into news_locales_fts(news_locales_fts) values ('integrity-check')`)
  })
})
