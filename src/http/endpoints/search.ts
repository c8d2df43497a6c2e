import type { Endpoint } from 'payload'

import { runSearch } from '../../search/searchInput'

const numberOr = (value: null | string) => (value === null || value === '' ? undefined : Number(value))

/** `GET /api/search?q=…&unit=…&includeSubunits=true&collections=news,procedures&page=1&limit=10&locale=vi` */
export const searchEndpoint: Endpoint = {
  method: 'get',
  path: '/search',
  handler: async (req) => {
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const results = await runSearch(req, {
      collections: params
        .get('collections')
        ?.split(',')
        .map((name) => name.trim())
        .filter(Boolean),
      includeSubunits: params.get('includeSubunits') === 'true',
      limit: numberOr(params.get('limit')),
      locale: params.get('locale') ?? undefined,
      page: numberOr(params.get('page')),
      query: params.get('q') ?? '',
      unit: params.get('unit') ?? undefined,
    })
    return Response.json(results)
  },
}
