import type { Payload, Where } from 'payload'

import type { Id } from '../base/ids'

/** Units' ids and codes, the units a `where` picks: an archive names units by code, an instance by id. */
export const unitCodes = async (payload: Payload, where: Where): Promise<Array<{ code: string; id: Id }>> =>
  (
    await payload.find({
      collection: 'units',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { code: true },
      where,
    })
  ).docs.map(({ code, id }) => ({ code, id }))
