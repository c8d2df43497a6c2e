import { createHash } from 'node:crypto'

import { useContentServer } from '../helpers/contentFixtures'
import { UNIT_CODES } from '../helpers/tenancyFixtures'

const content = useContentServer()
const QUERY = '{ portal { unit { code name } } }'
const HASH = createHash('sha256').update(QUERY).digest('hex')
const extensions = (sha256Hash: string) => ({ persistedQuery: { sha256Hash, version: 1 } })
const portal = { 'x-portal-unit': UNIT_CODES.C1 }

const post = async (body: unknown) => {
  const response = await fetch(`${content.server.url}/api/graphql`, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...portal },
    method: 'POST',
  })
  return { body: (await response.json()) as any, response }
}
const get = async (sha256Hash: string) => {
  const response = await fetch(
    `${content.server.url}/api/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions(sha256Hash)))}`,
    { headers: portal },
  )
  return { body: (await response.json()) as any, response }
}

describe('persisted queries', () => {
  it('asks for the text of an unknown hash', async () => {
    const { body } = await post({ extensions: extensions(HASH) })
    expect(body.errors).toEqual([
      { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' }, message: 'PersistedQueryNotFound' },
    ])
  })

  it('registers a query sent with its hash, then answers the hash alone, over POST and GET', async () => {
    const registered = await post({ extensions: extensions(HASH), query: QUERY })
    expect(registered.body.data.portal.unit.code).toBe(UNIT_CODES.C1)
    expect((await post({ extensions: extensions(HASH) })).body).toEqual(registered.body)
    const viaGet = await get(HASH)
    expect(viaGet.body).toEqual(registered.body)
    expect((await get(HASH)).response.headers.get('x-cache')).toBe('HIT')
  })

  it('refuses a hash that does not match the text', async () => {
    const { body, response } = await post({ extensions: extensions('0'.repeat(64)), query: QUERY })
    expect(response.status).toBe(400)
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH')
  })
})
