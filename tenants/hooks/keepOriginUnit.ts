import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../src/base/ids'

/**
 * An item's original unit is the one it is written for (tenants/fields.ts `originUnitField`); only a
 * reorganisation, writing through the adapter, sets another, and so does a unit's archive on import. Items stored before the field existed get theirs
 * on their next save.
 */
export const keepOriginUnit: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  // A unit's archive brings each item's original unit along (src/unitTransfer/importUnit.ts).
  if (!originalDoc && req.context.unitTransfer && idOf(data.originUnit) !== undefined) return data
  const origin = idOf(originalDoc?.originUnit) ?? idOf(data.unit ?? originalDoc?.unit)
  return origin === undefined ? data : { ...data, originUnit: origin }
}
