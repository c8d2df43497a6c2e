import type { FieldHook } from 'payload'

import { assignedUnits } from '../../scope'
import type { Assignment } from '../../users'

/**
 * The units a person works in, with sub-unit assignments expanded: computed on every read, never stored, so it
 * follows reorganisations at once. The multi-tenant plugin reads it for the admin's unit selector and for
 * which unit a document may be given.
 */
export const computeMemberOf: FieldHook = async ({ data, req }) => {
  const units = await assignedUnits(req, (data?.assignments ?? []) as Assignment[], 'read')
  return units.map((unit) => ({ unit }))
}
