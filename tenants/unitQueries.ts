import type { PayloadRequest, Where } from 'payload'

import type { Id } from '../src/base/ids'

/** The units matching `where` with the chosen fields, as the system sees them (access bypassed), in one query. */
export const findUnits = async <T extends object>(
  req: PayloadRequest,
  where: Where,
  select: Record<string, true> = {},
  limit = 0,
) => {
  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit,
    overrideAccess: true,
    pagination: false,
    req,
    select,
    where,
  })
  return docs as unknown as Array<T & { id: Id }>
}

/** The ids of the units matching `where`. */
export const unitIdsWhere = async (req: PayloadRequest, where: Where): Promise<Id[]> =>
  (await findUnits(req, where)).map((doc) => doc.id)

/** A unit named the way portals and frontends name one: by its slug or its code. */
export const slugOrCodeWhere = (key: string): Where => ({ or: [{ slug: { equals: key } }, { code: { equals: key } }] })
