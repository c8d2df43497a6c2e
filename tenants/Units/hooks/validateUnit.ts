import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../../../src/base/errors/fieldError'
import { idOf, sameId } from '../../../src/base/ids'

/**
 * A merged unit names its successor (where its portal and people went); a unit cannot succeed itself. Portal
 * domains are unique across all units, since a Host header must lead to exactly one portal.
 */
export const validateUnit: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const status = data.status ?? originalDoc?.status
  const successor = data.successor === undefined ? originalDoc?.successor : data.successor
  if (status === 'merged' && idOf(successor) === undefined) {
    throw fieldError(req, 'units', 'successor', {
      en: 'A merged unit must name the unit it merged into.',
      vi: 'Đơn vị đã sáp nhập phải chỉ rõ đơn vị tiếp nhận.',
    })
  }
  if (originalDoc && sameId(successor, originalDoc.id)) {
    throw fieldError(req, 'units', 'successor', {
      en: 'A unit cannot succeed itself.',
      vi: 'Đơn vị không thể tiếp nhận chính nó.',
    })
  }

  const domains: string[] = (data.domains ?? []).map((row: { domain: string }) => row.domain)
  for (const [index, domain] of domains.entries()) {
    const path = `domains.${index}.domain`
    if (domains.indexOf(domain) !== index) {
      throw fieldError(req, 'units', path, { en: `${domain} is listed twice.`, vi: `Tên miền ${domain} bị lặp lại.` })
    }
    const owners = await req.payload.find({
      collection: 'units',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: {
        and: [
          { 'domains.domain': { equals: domain } },
          ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }]),
        ],
      },
    })
    if (owners.docs.length > 0) {
      throw fieldError(req, 'units', path, {
        en: `${domain} is already the portal domain of ${owners.docs[0]!.name}.`,
        vi: `Tên miền ${domain} đã thuộc về ${owners.docs[0]!.name}.`,
      })
    }
  }
  return data
}
