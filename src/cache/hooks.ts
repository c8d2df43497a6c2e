import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterReadHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { type Id, idOf } from '../../tenants/ids'
import { portalUnitOf } from '../../tenants/portalUnit'
import { findUnits } from '../../tenants/unitQueries'
import { cacheStoreOf } from '../config/custom'
import { anyTag, belowTag, docTag, inheritedTag, UNITS_TAG, unitTag } from './tags'
import { isTracking, recordTags } from './tracking'

const SUBUNIT_LEVELS = ['department', 'district', 'commune']

/** While an answer is being cached, notes what each read depends on (see src/cache/tags.ts). */
export const trackReads: CollectionBeforeOperationHook = async ({ collection, operation, req }) => {
  if (!isTracking() || (operation !== 'read' && operation !== 'count')) return
  recordTags(UNITS_TAG)
  if (collection.slug === 'units') return
  const portal = await portalUnitOf(req)
  if (!portal) return recordTags(anyTag(collection.slug))
  recordTags(unitTag(collection.slug, portal.id), ...portal.ancestors.map((ancestor) => inheritedTag(collection.slug, ancestor, portal.level)))
}

export const trackDocs: CollectionAfterReadHook = ({ collection, doc }) => {
  // Units are covered as a whole by UNITS_TAG.
  if (isTracking() && collection.slug !== 'units' && doc?.id !== undefined) recordTags(docTag(collection.slug, doc.id))
  return doc
}

/** Everything a change to an item can make stale: its own answers, its unit's lists, portals below, aggregates above. */
const tagsForChange = async (req: PayloadRequest, collection: string, doc: Record<string, unknown>, previous?: Record<string, unknown>) => {
  const tags = [docTag(collection, doc.id as Id), anyTag(collection)]
  if (collection === 'units') return [...tags, UNITS_TAG]
  const units = [...new Map([idOf(doc.unit), idOf(previous?.unit)].filter((id): id is Id => id !== undefined).map((id) => [String(id), id])).values()]
  if (units.length === 0) return tags
  const marked = 'showOnSubunits' in doc || 'showOnSubunits' in (previous ?? {})
  const levels = marked ? [...new Set([...((doc.showOnSubunits as string[]) ?? []), ...((previous?.showOnSubunits as string[]) ?? [])])] : SUBUNIT_LEVELS
  const above = await findUnits<{ ancestors?: Id[] | null }>(req, { id: { in: units } }, { ancestors: true })
  for (const unit of units) tags.push(unitTag(collection, unit), ...levels.map((level) => inheritedTag(collection, unit, level)))
  for (const unit of above) tags.push(...(unit.ancestors ?? []).map((ancestor) => belowTag(collection, idOf(ancestor)!)))
  return tags
}

/** A bulk import (context `bulkImport`) invalidates everything once at its end instead of item by item. */
const isBulkImport = (req: PayloadRequest) => Boolean((req.context as { bulkImport?: boolean }).bulkImport)

export const invalidateOnChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (isBulkImport(req)) return doc
  const store = cacheStoreOf(req.payload)
  if (store) await store.invalidate(await tagsForChange(req, collection.slug, doc, previousDoc))
  return doc
}

export const invalidateOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isBulkImport(req)) return doc
  const store = cacheStoreOf(req.payload)
  if (store) await store.invalidate(await tagsForChange(req, collection.slug, doc))
  return doc
}
