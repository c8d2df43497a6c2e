import type { CollectionBeforeValidateHook } from 'payload'

import { fieldError } from '../../src/base/errors/fieldError'
import { idOf } from '../../src/base/ids'
import { unitScope } from '../scope'

/**
 * Every item belongs to a unit, drafts included: Payload leaves required fields unchecked on drafts, and a draft
 * saved over REST without `unit` used to be stored with none, invisible to its own author afterwards. An author
 * who can write in exactly one unit gets that unit; anyone else is asked to choose (400 naming `unit`).
 */
export const unitOfAuthor: CollectionBeforeValidateHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (!data) return data
  const given = idOf(data.unit)
  if (given !== undefined) return data
  if (operation === 'update' && (data.unit === undefined || idOf(originalDoc?.unit) === undefined)) return data
  const scope = req.user ? await unitScope(req, 'write') : []
  if (operation === 'create' && Array.isArray(scope) && scope.length === 1) return { ...data, unit: scope[0] }
  throw fieldError(req, collection.slug, 'unit', {
    en: 'Choose the unit this item belongs to.',
    vi: 'Hãy chọn đơn vị của mục này.',
  })
}
