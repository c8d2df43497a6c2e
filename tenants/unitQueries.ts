import type { PayloadRequest, Where } from 'payload'

import type { Id } from './ids'

/** The ids of the units matching `where`, as the system sees them (access bypassed), in one query. */
export const unitIdsWhere = async (req: PayloadRequest, where: Where): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where,
  })
  return docs.map((doc) => doc.id)
}
