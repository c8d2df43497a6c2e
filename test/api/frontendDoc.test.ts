import fs from 'node:fs'

import { gql } from '../helpers/http'
import { useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()

/** Every GraphQL example in docs/frontend.md, so the guide cannot drift from the schema. */
const examples = [...fs.readFileSync('docs/frontend.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (match) => match[1]!,
)
const VARIABLES = { code: '1.000894', page: 1, q: 'dang ky ket hon', slug: 'khong-co-tin-nay' }

describe('the examples in docs/frontend.md', () => {
  it('are all there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4)
  })

  it.each(examples.map((query) => [query.split('\n')[0], query]))('%s runs without errors', async (_, query) => {
    const { body } = await gql(content.server.url, query, VARIABLES, { 'x-portal-unit': UNIT_CODES.C1 })
    expect(body.errors).toBeUndefined()
    expect(body.data).toBeDefined()
  })
})
