import type { Where } from 'payload'

import type { Id } from '../../src/base/ids'
import type { Inheritance } from '../../src/declaration'
import { NOTHING } from '../access/nothing'
import type { UnitStatus } from '../levels'
import { type PortalUnitShape, sourcesOf, sourcesWhere } from './inheritance'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * What an anonymous request may read of unit content: published items only (for collections with drafts), of
 * active units only. For a portal, what the inheritance rule says it shows; a request naming an unknown
 * (`null`) or inactive unit reads an empty list; one naming no portal (`undefined`) reads every active unit's.
 */
export const publicReadWhere = (
  portal: (PortalUnitShape & { status: UnitStatus }) | null | undefined,
  { drafts, inherit }: { drafts: boolean; inherit: Inheritance },
  activeUnits: Id[],
): Where => {
  if (portal === null || (portal && portal.status !== 'active')) return NOTHING
  const published = drafts ? [PUBLISHED] : []
  const units: Where = portal ? sourcesWhere(sourcesOf(portal, inherit)) : { unit: { in: activeUnits } }
  return { and: [...published, units] }
}
