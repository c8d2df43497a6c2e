import type { PayloadRequest, Where } from 'payload'

import type { Inheritance } from '../../src/declaration'
import { portalUnitOf } from '../portalUnit'
import { publicReadWhere } from '../rules/publicRead'
import { activeUnitIds } from '../unitQueries'

export type PublicReadOptions = { drafts: boolean; inherit: Inheritance }

/**
 * The edge of tenants/rules/publicRead.ts: reads the request's portal (and, for a request naming none, the
 * active units) and returns the rule's constraint.
 */
export const publicReadConstraint = async (req: PayloadRequest, options: PublicReadOptions): Promise<Where> => {
  const portal = await portalUnitOf(req)
  const activeUnits = portal === undefined ? await activeUnitIds(req) : []
  return publicReadWhere(portal, options, activeUnits)
}
