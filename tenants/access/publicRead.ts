import type { PayloadRequest, Where } from 'payload'

import { portalUnitOf } from '../portalUnit'
import { unitIdsWhere } from '../unitQueries'
import { NOTHING } from './nothing'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * What an anonymous request may read of unit content: published items only (for collections with drafts), of
 * active units only. For a portal (Host or X-Portal-Unit), that unit's own items plus those its ancestors
 * marked to show on sub-units of its level. A request naming an unknown or inactive unit reads an empty list.
 */
export const publicReadConstraint = async (req: PayloadRequest, { drafts }: { drafts: boolean }) => {
  const unit = await portalUnitOf(req)
  if (unit === null || (unit && unit.status !== 'active')) return NOTHING
  const published = drafts ? [PUBLISHED] : []
  if (!unit) return { and: [...published, { unit: { in: await unitIdsWhere(req, { status: { equals: 'active' } }) } }] } satisfies Where
  const own: Where = { unit: { equals: unit.id } }
  const inherited: Where = { and: [{ unit: { in: unit.ancestors } }, { showOnSubunits: { in: [unit.level] } }] }
  return { and: [...published, unit.ancestors.length > 0 ? { or: [own, inherited] } : own] } satisfies Where
}
