import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../../../src/base/errors/fieldError'
import { sameId } from '../../../src/base/ids'

/** A document cannot amend, replace or guide itself. */
export const refuseSelfRelation: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const relations: Array<{ document?: unknown }> = data.relations ?? []
  const index = relations.findIndex(
    (relation) => originalDoc?.id !== undefined && sameId(relation.document, originalDoc.id),
  )
  if (index >= 0) {
    throw fieldError(req, 'legal-documents', `relations.${index}.document`, {
      en: 'A document cannot be related to itself.',
      vi: 'Văn bản không thể liên quan tới chính nó.',
    })
  }
  return data
}
