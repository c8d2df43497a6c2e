import type { PayloadRequest, Where } from 'payload'

import type { Id } from '../src/base/ids'
import { oncePerRequest } from './oncePerRequest'
import { unitDirectoryOf } from './unitDirectory'

/**
 * The units matching `where` with the chosen fields (by default their ids only), as the system sees them (access
 * bypassed), in one query. An empty `select` would be every field, each through its read hooks: 202 whole units
 * cost 40–120 ms, and an anonymous read naming no portal asks for the active units' ids in every find (a search by
 * unit made eight, 0.7–1 s).
 */
export const findUnits = async <T extends object>(
  req: PayloadRequest,
  where: Where,
  select: Record<string, true> = { id: true },
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

/**
 * The ids of the active units, once per request: an anonymous read naming no portal (a search by unit) is scoped
 * to them, and Payload asks a collection's read access again for every find, count and relationship in the
 * query: a search by unit through Payload read the 202 units 28 times (0.7–1 s on SQLite; 0.1 s once read).
 * From the process's unit directory (tenants/unitDirectory.ts); inside a transaction, from the database.
 */
export const activeUnitIds = oncePerRequest(
  async (req) => (await unitDirectoryOf(req))?.active ?? unitIdsWhere(req, { status: { equals: 'active' } }),
)
