import type { PayloadRequest, Where } from 'payload'

import type { Id } from '../src/base/ids'
import type { UnitLevel, UnitStatus } from './levels'
import { findUnits, slugOrCodeWhere } from './unitQueries'

/** The unit whose portal an anonymous request is for, as far as public reads need to know it. */
export type PortalUnit = { ancestors: Id[]; id: Id; level: UnitLevel; slug: string; status: UnitStatus }

export const PORTAL_UNIT_HEADER = 'x-portal-unit'

export const hostName = (host: string | null): string | undefined =>
  host?.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '') || undefined

const findUnit = async (req: PayloadRequest, key: { domain?: string; slugOrCode?: string }) => {
  const where: Where = key.domain ? { 'domains.domain': { equals: key.domain } } : slugOrCodeWhere(key.slugOrCode!)
  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { ancestors: true, level: true, slug: true, status: true },
    where,
  })
  const doc = docs[0] as unknown as (Omit<PortalUnit, 'ancestors'> & { ancestors?: Id[] | null }) | undefined
  return doc ? { ...doc, ancestors: doc.ancestors ?? [] } : null
}

/**
 * Which portal a request is for: the unit named by the `X-Portal-Unit` header (slug or code), else the unit
 * whose portal domain is the `Host`. `undefined` when the request names no unit; `null` when it names one that
 * does not exist (public reads then return nothing). Looked up once per request.
 */
export const portalUnitOf = async (req: PayloadRequest): Promise<PortalUnit | null | undefined> => {
  const context = req.context as { portalUnit?: Promise<PortalUnit | null | undefined> }
  context.portalUnit ??= (async () => {
    const named = req.headers?.get(PORTAL_UNIT_HEADER)?.trim()
    if (named) return findUnit(req, { slugOrCode: named })
    const domain = hostName(req.headers?.get('x-forwarded-host') ?? req.headers?.get('host') ?? null)
    if (!domain) return undefined
    return (await findUnit(req, { domain })) ?? undefined
  })()
  return context.portalUnit
}

/**
 * The unit a query is about: the one it names (slug or code), else the request's portal. `undefined` when
 * neither names an existing unit.
 */
export const namedOrPortalUnitId = async (req: PayloadRequest, named?: string): Promise<Id | undefined> => {
  if (named) return (await findUnits(req, slugOrCodeWhere(named)))[0]?.id
  return (await portalUnitOf(req))?.id ?? undefined
}
