import type { CollectionBeforeOperationHook, Where } from 'payload'

import { NOTHING } from '../access/nothing'
import { portalUnitOf } from '../portalUnit'

/** True when the query itself limits results by unit (at the top level or in a top-level `and`). */
const filtersByUnit = (where: Where | undefined): boolean =>
  Boolean(where && ('unit' in where || (Array.isArray(where.and) && where.and.some((part) => filtersByUnit(part)))))

/**
 * An anonymous read that names no portal (neither Host nor X-Portal-Unit resolves to a unit) returns only what it
 * explicitly filters by unit: anything else would list every unit's content at once. It gets nothing instead;
 * it never fails open. Trusted server code (the Local API with access overridden) is not a visitor.
 */
export const requireUnitForAnonymousReads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const trusted = req.payloadAPI === 'local' && (args as { overrideAccess?: boolean }).overrideAccess !== false
  if (req.user || trusted) return args
  if (operation !== 'read' && operation !== 'count') return args
  if ((await portalUnitOf(req)) !== undefined) return args
  const { where } = args as { where?: Where }
  if (filtersByUnit(where)) return args
  return { ...args, where: where ? { and: [where, NOTHING] } : NOTHING }
}
