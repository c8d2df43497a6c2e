import type { CollectionBeforeDeleteHook } from 'payload'

import { fieldError } from '../../../src/base/errors/fieldError'

/** A unit with sub-units cannot be deleted; reorganise them first (or mark the unit merged or dissolved). */
export const refuseDeletingParents: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'units',
    overrideAccess: true,
    req,
    where: { parent: { equals: id } },
  })
  if (totalDocs > 0) {
    throw fieldError(req, 'units', 'parent', {
      en: `This unit has ${totalDocs} sub-units; move them or mark the unit merged or dissolved instead.`,
      vi: `Đơn vị này còn ${totalDocs} đơn vị trực thuộc; hãy chuyển chúng đi hoặc đánh dấu sáp nhập/giải thể.`,
    })
  }
}
