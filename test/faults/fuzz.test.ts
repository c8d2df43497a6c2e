import fc from 'fast-check'

import { UNIT_CODES } from '../helpers/tenancyFixtures'
import { useContentServer } from '../helpers/contentFixtures'

const content = useContentServer()

/**
 * Property-based probes from outside, as an attacker sends them: REST query strings and GraphQL documents and
 * variables generated from the schema's real names mixed with hostile ones. Whatever comes, the server never
 * answers 5xx, never shows one portal another unit's item or anyone a draft, and keeps serving.
 */
const SECRET_OF_C2 = 'Bí mật riêng của phường hai'
const DRAFT_OF_C1 = 'Bản nháp chưa duyệt của phường một'

beforeAll(async () => {
  const { server, world } = content
  const make = (unit: 'C1' | 'C2', title: string, status: 'draft' | 'published') =>
    server.payload.create({
      collection: 'news',
      data: { _status: status, title, unit: world.units[unit] as number },
      draft: status === 'draft',
    })
  await make('C1', 'Tin công khai của phường một', 'published')
  await make('C2', SECRET_OF_C2, 'published')
  await make('C1', DRAFT_OF_C1, 'draft')
})

const COLLECTIONS = [
  'news',
  'procedures',
  'legal-documents',
  'contacts',
  'units',
  'unit-profiles',
  'media',
  'files',
  'news-categories',
  'webhooks',
  'users',
]
const FIELDS = [
  'title',
  'slug',
  'unit',
  'id',
  '_status',
  'publishedAt',
  'showOnSubunits',
  'featured',
  'code',
  'unit.name',
  'domains.domain',
  'nonexistent',
  '__proto__',
  'constructor',
  'title.vi',
  'version.title',
  '',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'contains',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'bogus',
  '$where',
  '',
]
const WORDS = [
  '1',
  '0',
  '-1',
  '1e999',
  'abc',
  'true',
  'null',
  '2026-07-01',
  'notadate',
  "' OR 1=1 --",
  '%',
  '%00',
  'đăng ký',
  '{"a":1}',
  ',,,',
  'a'.repeat(300),
  '9'.repeat(40),
]

const value = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 20 }), fc.integer().map(String))
const condition = fc
  .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), value, fc.nat({ max: 3 }))
  .map(([field, operator, text, shape]) => {
    const base = `where[${field}][${operator}]`
    return [
      `${base}=${encodeURIComponent(text)}`,
      `${base}[0]=${encodeURIComponent(text)}`,
      `${base}[x][y]=${encodeURIComponent(text)}`,
      `where[or][${shape}]=${encodeURIComponent(text)}`,
    ][shape]!
  })
const extra = fc.constantFrom(
  'limit=abc',
  'limit=0',
  'limit=1000',
  'page=-3',
  'page=abc',
  'depth=99',
  'depth=abc',
  'sort=-nonexistent',
  'locale=xx',
  'locale=all',
  'draft=true',
  'select[title]=true',
  'select[x][y]=1',
  'populate[units][name]=true',
  'pagination=false',
  'trash=true',
  '',
)
const restRequest = fc.record({
  collection: fc.constantFrom(...COLLECTIONS),
  conditions: fc.array(condition, { maxLength: 4 }),
  extras: fc.array(extra, { maxLength: 3 }),
  path: fc.constantFrom('', '/count', '/1', '/abc', '/versions', '/-1', '/1e3', '/%2e%2e'),
  portal: fc.constantFrom(UNIT_CODES.C1, UNIT_CODES.C2, 'khong-co', ''),
})

const PLURALS = ['News', 'Procedures', 'LegalDocuments', 'Contacts', 'Units', 'Media']
const gqlValue = fc.oneof(
  fc.constantFrom(
    '1',
    '"abc"',
    '"2026-07-01"',
    '"notadate"',
    'true',
    'null',
    '[1, "a"]',
    '{ x: 1 }',
    '-1',
    '1e999',
    '"' + 'a'.repeat(200) + '"',
  ),
  fc.integer().map(String),
)
const gqlWhere = fc
  .tuple(
    fc.constantFrom('title', 'unit', 'id', 'publishedAt', 'slug', '_status', 'nonexistent', 'OR', 'AND'),
    fc.constantFrom('equals', 'in', 'like', 'greater_than', 'exists', 'bogus'),
    gqlValue,
  )
  .map(([field, operator, text]) =>
    field === 'OR' || field === 'AND'
      ? `${field}: [{ title: { ${operator}: ${text} } }]`
      : `${field}: { ${operator}: ${text} }`,
  )
const gqlDocument = fc.oneof(
  fc
    .tuple(fc.constantFrom(...PLURALS), fc.array(gqlWhere, { maxLength: 3 }), gqlValue, gqlValue)
    .map(
      ([plural, where, limit, page]) =>
        `{ ${plural}(where: { ${where.join(', ')} }, limit: ${limit}, page: ${page}) { docs { id } totalDocs } }`,
    ),
  fc.constantFrom(
    'fragment A on NewsArticle { ...B } fragment B on NewsArticle { ...A } { News { docs { ...A } } }',
    'fragment A on NewsArticle { id ...A } { News { docs { ...A } } }',
    '{ News { docs { ' + 'unit { parent { '.repeat(30) + 'id' + ' } }'.repeat(30) + ' } } }',
    '{'.repeat(5000) + '}'.repeat(5000),
    '{ News { docs { title } } } { Units { docs { id } } }',
    'mutation { createNews(data: { title: "x" }) { id } }',
    '{ search(q: "đăng ký", unit: "' + UNIT_CODES.C2 + '", includeSubunits: true) { docs { heading } } }',
    '{ __schema { types { name } } }',
    'query Q($l: Int) { News(limit: $l) { docs { title } } }',
  ),
  fc.string({ maxLength: 200 }),
)

const leaks = (body: string, portal: string) =>
  body.includes(DRAFT_OF_C1) || (portal === UNIT_CODES.C1 && body.includes(SECRET_OF_C2))

describe('fuzzing the public interfaces', () => {
  it('REST: no 5xx, no draft, no other unit’s item on a portal, for any query string', async () => {
    await fc.assert(
      fc.asyncProperty(restRequest, async ({ collection, conditions, extras, path, portal }) => {
        const query = [...conditions, ...extras].filter(Boolean).join('&')
        const response = await fetch(`${content.server.url}/api/${collection}${path}${query ? `?${query}` : ''}`, {
          headers: portal ? { 'x-portal-unit': portal } : {},
        })
        const body = await response.text()
        return response.status < 500 && !leaks(body, portal)
      }),
      { numRuns: 250, seed: 20261127 },
    )
    expect((await fetch(`${content.server.url}/healthz`)).status).toBe(200)
  })

  it('GraphQL: no 5xx, no leak, for any document and variables', async () => {
    await fc.assert(
      fc.asyncProperty(
        gqlDocument,
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom(UNIT_CODES.C1, ''),
        async (query, variables, portal) => {
          const response = await fetch(`${content.server.url}/api/graphql`, {
            body: JSON.stringify({
              query,
              variables:
                variables && typeof variables === 'object' && !Array.isArray(variables) ? variables : undefined,
            }),
            headers: { 'content-type': 'application/json', ...(portal ? { 'x-portal-unit': portal } : {}) },
            method: 'POST',
          })
          const body = await response.text()
          return response.status < 500 && !leaks(body, portal)
        },
      ),
      { numRuns: 200, seed: 20261127 },
    )
    expect((await fetch(`${content.server.url}/healthz`)).status).toBe(200)
  })
})
