import type { Where } from 'payload'

import type { Id } from '../../src/base/ids'
import type { Inheritance } from '../../src/declaration'
import { NOTHING } from '../access/nothing'
import type { UnitStatus } from '../levels'
import { type PortalUnitShape, type Source, sourcesOf, sourcesWhere } from './inheritance'

const PUBLISHED: Where = { _status: { equals: 'published' } }

type PublicPortal = (PortalUnitShape & { status: UnitStatus }) | null | undefined

/**
 * Whose items an anonymous request may read: for a portal, its sources by the inheritance rule; for a request
 * naming no portal (`undefined`), every active unit's own; none (`[]`) for one naming an unknown (`null`) or
 * inactive unit.
 */
export const publicSources = (portal: PublicPortal, inherit: Inheritance, activeUnits: Id[]): Source[] => {
  if (portal === null || (portal && portal.status !== 'active')) return []
  return portal ? sourcesOf(portal, inherit) : activeUnits.map((unit) => ({ unit }))
}

/**
 * What an anonymous request may read of unit content: published items only (for collections with drafts), of
 * the sources `publicSources` gives.
 */
export const publicReadWhere = (
  portal: PublicPortal,
  { drafts, inherit }: { drafts: boolean; inherit: Inheritance },
  activeUnits: Id[],
): Where => {
  const sources = publicSources(portal, inherit, activeUnits)
  if (sources.length === 0) return NOTHING
  const published = drafts ? [PUBLISHED] : []
  return { and: [...published, sourcesWhere(sources)] }
}
