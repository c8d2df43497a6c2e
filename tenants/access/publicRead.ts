import type { PayloadRequest, Where } from 'payload'

import { portalUnitOf } from '../portalUnit'
import { unitIdsWhere } from '../unitQueries'
import { NOTHING } from './nothing'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Which items of its ancestors a portal shows: none (contacts, the unit profile), those marked to show on
 * sub-units of its level (content with `showOnSubunits`), or all of them (images, files and categories, which
 * inherited content links to).
 */
export type Inheritance = 'none' | 'marked' | 'all'

export type PublicReadOptions = { drafts: boolean; inherit: Inheritance }

/**
 * What an anonymous request may read of unit content: published items only (for collections with drafts), of
 * active units only. For a portal (Host or X-Portal-Unit), that unit's own items plus what it inherits from its
 * ancestors. A request naming an unknown or inactive unit reads an empty list.
 */
export const publicReadConstraint = async (req: PayloadRequest, { drafts, inherit }: PublicReadOptions) => {
  const unit = await portalUnitOf(req)
  if (unit === null || (unit && unit.status !== 'active')) return NOTHING
  const published = drafts ? [PUBLISHED] : []
  if (!unit) return { and: [...published, { unit: { in: await unitIdsWhere(req, { status: { equals: 'active' } }) } }] } satisfies Where
  const own: Where = { unit: { equals: unit.id } }
  const fromAncestors: Where = { unit: { in: unit.ancestors } }
  const inherited: Where = inherit === 'all' ? fromAncestors : { and: [fromAncestors, { showOnSubunits: { in: [unit.level] } }] }
  const inherits = inherit !== 'none' && unit.ancestors.length > 0
  return { and: [...published, inherits ? { or: [own, inherited] } : own] } satisfies Where
}
