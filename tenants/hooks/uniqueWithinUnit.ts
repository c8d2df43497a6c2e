import type { CollectionBeforeChangeHook, Where } from 'payload'

import { fieldError, type Message } from '../../src/base/errors/fieldError'
import { idOf, sameId } from '../../src/base/ids'
import { defersInserts } from '../../src/internals/deferredInserts'

/**
 * `perOriginUnit`: unique among the items written for the same unit, so items a merger brought in from another
 * unit keep their value (two merged communes' procedure "1.001234"); the compound index then includes
 * `originUnit` too. Without it (slugs, which address an item in its portal) a merger renames a clashing value.
 */
type UniqueField = { label: Message; name: string; perOriginUnit?: boolean }

/**
 * Values that identify an item within its unit (a news slug, a procedure code, a document number) must not
 * repeat inside the unit; another unit may use the same value. Runs on drafts too, since a new draft already
 * holds its values in the collection. A compound unique index backs this against races.
 */
export const uniqueWithinUnit =
  (fields: UniqueField[]): CollectionBeforeChangeHook =>
  async ({ collection: { slug: collection }, data, originalDoc, req }) => {
    const unit = idOf(data.unit ?? originalDoc?.unit)
    if (unit === undefined) return data
    // A bulk creation (an import's batch of new items) leaves it to the index: a clash fails the whole batch,
    // which is then written item by item through this check (src/internals/deferredInserts.ts).
    if (originalDoc?.id === undefined && defersInserts(req, collection)) return data
    const sameUnit = originalDoc?.id !== undefined && sameId(unit, originalDoc.unit)
    const origin = idOf(data.originUnit ?? originalDoc?.originUnit) ?? unit
    for (const { label, name, perOriginUnit } of fields) {
      const value = data[name] ?? originalDoc?.[name]
      if (value === undefined || value === null || value === '') continue
      // Already checked when it was stored: an edit that keeps the value and the unit needs no query.
      if (sameUnit && value === originalDoc[name]) continue
      const where: Where = {
        and: [
          { unit: { equals: unit } },
          { [name]: { equals: value } },
          ...(perOriginUnit ? [{ originUnit: { equals: origin } }] : []),
          ...(originalDoc?.id === undefined ? [] : [{ id: { not_equals: originalDoc.id } }]),
        ],
      }
      const { totalDocs } = await req.payload.count({ collection, overrideAccess: true, req, where })
      if (totalDocs > 0) {
        throw fieldError(req, collection, name, {
          en: `${label.en} "${value}" is already used by another item of this unit.`,
          vi: `${label.vi} "${value}" đã được dùng cho một mục khác của đơn vị này.`,
        })
      }
    }
    return data
  }
