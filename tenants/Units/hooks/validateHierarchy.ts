import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../../../src/base/errors/fieldError'
import { idOf, sameId } from '../../../src/base/ids'
import { LEVEL_LABELS, PARENT_LEVELS, type UnitLevel } from '../../levels'

/**
 * Enforces the shape of the administrative tree: the province has no parent; departments and districts sit
 * under the province; communes under a district or the province; no unit is its own parent or ancestor.
 */
export const validateHierarchy: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const level = (data.level ?? originalDoc?.level) as UnitLevel
  const parentId = idOf(data.parent === undefined ? originalDoc?.parent : data.parent)
  const allowed = PARENT_LEVELS[level]
  if (!allowed) return data

  if (parentId === undefined) {
    if (allowed.length === 0) return data
    throw fieldError(req, 'units', 'parent', {
      en: `A unit of level "${LEVEL_LABELS[level].en}" needs a parent unit (${allowed.join(' or ')}).`,
      vi: `Đơn vị ${LEVEL_LABELS[level].vi} phải có đơn vị cấp trên (${allowed.map((l) => LEVEL_LABELS[l].vi).join(' hoặc ')}).`,
    })
  }
  if (allowed.length === 0) {
    throw fieldError(req, 'units', 'parent', {
      en: 'The province has no parent unit.',
      vi: 'Cấp tỉnh không có đơn vị cấp trên.',
    })
  }
  if (originalDoc && sameId(parentId, originalDoc.id)) {
    throw fieldError(req, 'units', 'parent', {
      en: 'A unit cannot be its own parent.',
      vi: 'Đơn vị không thể là cấp trên của chính nó.',
    })
  }
  const parent = await req.payload
    .findByID({ collection: 'units', depth: 0, disableErrors: true, id: parentId, overrideAccess: true, req })
    .catch(() => null)
  if (!parent) {
    throw fieldError(req, 'units', 'parent', {
      en: `The parent unit ${parentId} does not exist.`,
      vi: `Không tìm thấy đơn vị cấp trên ${parentId}.`,
    })
  }
  if (!allowed.includes(parent.level as UnitLevel)) {
    throw fieldError(req, 'units', 'parent', {
      en: `A ${LEVEL_LABELS[level].en.toLowerCase()} unit cannot sit under a ${LEVEL_LABELS[parent.level as UnitLevel].en.toLowerCase()} unit; expected ${allowed.join(' or ')}.`,
      vi: `Đơn vị ${LEVEL_LABELS[level].vi} không thể trực thuộc đơn vị ${LEVEL_LABELS[parent.level as UnitLevel].vi}.`,
    })
  }
  if (originalDoc && (parent.ancestors ?? []).some((ancestor: unknown) => sameId(ancestor, originalDoc.id))) {
    throw fieldError(req, 'units', 'parent', {
      en: 'A unit cannot sit under one of its own sub-units.',
      vi: 'Đơn vị không thể trực thuộc đơn vị cấp dưới của chính nó.',
    })
  }
  return data
}
