import type { Endpoint } from 'payload'

import { AddressProblem, resolveAddress } from '../../reorganisation/address'
import { refuse } from './refuse'

const MAX = 200

/**
 * `GET /api/address?unit=<slug, code or domain>&collection=news&slug=<item slug>`: where an address leads after
 * reorganisations (src/reorganisation/address.ts). Without `unit`, the request's host (or `X-Portal-Unit`) names
 * it. A frontend that cannot find a unit or an item asks here, and redirects permanently when `redirect` is true.
 * Public; answers 404 when nothing by that address ever existed.
 */
export const addressEndpoint: Endpoint = {
  method: 'get',
  path: '/address',
  handler: async (req) => {
    const read = (name: string) => req.searchParams.get(name) ?? undefined
    for (const name of ['unit', 'collection', 'slug'])
      if ((read(name)?.length ?? 0) > MAX)
        return refuse(req, 400, { en: `${name} is too long.`, vi: `${name} quá dài.` }, name)
    if (read('slug') !== undefined && read('collection') === undefined)
      return refuse(
        req,
        400,
        {
          en: 'Name the collection of the item (collection=news).',
          vi: 'Hãy nêu loại nội dung của mục (collection=news).',
        },
        'collection',
      )
    try {
      const found = await resolveAddress(req, {
        collection: read('collection'),
        slug: read('slug'),
        unit: read('unit'),
      })
      if (!found)
        return refuse(
          req,
          404,
          { en: 'No unit has or had this address.', vi: 'Không có đơn vị nào dùng địa chỉ này.' },
          'unit',
        )
      const unit = await req.payload.findByID({ collection: 'units', depth: 0, id: found.unit.id, req })
      return Response.json(
        {
          item: found.item,
          named: { code: found.named.code, slug: found.named.slug, status: found.named.status },
          permanent: found.redirect,
          redirect: found.redirect,
          unit: {
            code: unit.code,
            domain: unit.domains?.[0]?.domain ?? null,
            id: unit.id,
            name: unit.name,
            slug: unit.slug,
          },
        },
        { headers: { 'cache-control': 'public, max-age=300' } },
      )
    } catch (error) {
      if (error instanceof AddressProblem) return refuse(req, 400, error.problem, error.field)
      throw error
    }
  },
}
