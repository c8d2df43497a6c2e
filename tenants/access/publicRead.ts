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
  if (inherit === 'none' || unit.ancestors.length === 0) return { and: [...published, { unit: { equals: unit.id } }] } satisfies Where
  // "The unit or its ancestors" as its own condition lets the planner read the few units' rows by the unit index
  // (an OR of "own" and "marked by an ancestor" alone made SQLite scan every published item).
  const portalUnits: Where = { unit: { in: [unit.id, ...unit.ancestors] } }
  if (inherit === 'all') return { and: [...published, portalUnits] } satisfies Where
  const ownOrMarked: Where = { or: [{ unit: { equals: unit.id } }, { showOnSubunits: { in: [unit.level] } }] }
  return { and: [...published, portalUnits, ownOrMarked] } satisfies Where
}
