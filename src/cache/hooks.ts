import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { idsOf } from '../base/ids'
import { afterCommit } from '../internals/afterCommit'
import { unitScopedOf } from '../declaration'
import { askOncePerRequest } from '../../tenants/oncePerRequest'
import { portalUnitOf } from '../../tenants/portalUnit'
import { findUnits } from '../../tenants/unitQueries'
import { type ChangedItem, changeTags, readTags, unitsOf } from './rules/dependencies'
import { docTag } from './rules/tags'
import { hasCaches, invalidateCommitted } from './invalidate'
import { cacheStoreOf } from './store'
import { isTracking, recordTags } from './tracking'

/** While an answer is being cached, notes what each read depends on (src/cache/rules/dependencies.ts). */
export const trackReads: CollectionBeforeOperationHook = async ({ collection, operation, req }) => {
  if (!isTracking() || (operation !== 'read' && operation !== 'count')) return
  if (collection.slug === 'units') return recordTags(...readTags('units', undefined, 'none'))
  const portal = await portalUnitOf(req)
  recordTags(...readTags(collection.slug, portal ?? undefined, unitScopedOf(collection)?.inherit ?? 'none'))
}

export const trackDocs: CollectionAfterReadHook = ({ collection, doc }) => {
  // Units are covered as a whole by their own tag.
  if (isTracking() && collection.slug !== 'units' && doc?.id !== undefined) recordTags(docTag(collection.slug, doc.id))
  return doc
}

/**
 * The edge of the rule: the ancestry of the units the item belongs to, in one query, asked once per request (an
 * import's items share their unit; a unit's change is its own request).
 */
const tagsForChange = async (req: PayloadRequest, collection: string, item: ChangedItem, previous?: ChangedItem) => {
  const units = collection === 'units' ? [] : unitsOf(item, previous)
  const found = units.length
    ? await askOncePerRequest(req, `ancestry ${JSON.stringify(units)}`, () =>
        findUnits<{ ancestors?: unknown[] | null }>(req, { id: { in: units } }, { ancestors: true }),
      )
    : []
  const ancestry = new Map(found.map((unit) => [String(unit.id), idsOf(unit.ancestors)]))
  return changeTags(collection, item, previous, (unit) => ancestry.get(String(unit)) ?? [])
}

/** A bulk import (context `bulkImport`) invalidates everything once at its end instead of item by item. */
const isBulkImport = (req: PayloadRequest) => Boolean((req.context as { bulkImport?: boolean }).bulkImport)

/** The tags a request's transaction has stamped so far (all stamped again once it commits). */
const stampedIn = new WeakMap<PayloadRequest, { tags: Set<string>; transaction: unknown }>()

/**
 * Stamps the tags twice: now, and once the transaction is committed (then the edges are purged too). Only the second is needed for correctness:
 * an answer that began computing after the commit reads the new data (every statement of it starts later), and
 * one that began earlier is stale from the second stamp on. The first keeps that true in the one case the second
 * never comes: the process stopping between the commit and its stamp (answers cached before the edit would then
 * be served until they expire).
 */
const invalidateNowAndAfterCommit = async (req: PayloadRequest, tags: string[]) => {
  if (req.transactionID === undefined || req.transactionID === null) {
    await cacheStoreOf(req.payload)?.invalidate(tags)
    return afterCommit(req, () => invalidateCommitted(req.payload, tags))
  }
  // A transaction of many writes (an import's batch of 50) stamps each tag once and, after its commit, all of them
  // at once: one invalidation and one round of edge purges instead of one per item.
  const known = stampedIn.get(req)
  const first = known?.transaction !== req.transactionID
  const stamped = first ? new Set<string>() : known!.tags
  if (first) stampedIn.set(req, { tags: stamped, transaction: req.transactionID })
  const fresh = tags.filter((tag) => !stamped.has(tag))
  for (const tag of fresh) stamped.add(tag)
  if (fresh.length) await cacheStoreOf(req.payload)?.invalidate(fresh)
  if (first) await afterCommit(req, () => invalidateCommitted(req.payload, [...stamped]))
}

export const invalidateOnChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (hasCaches(req.payload) && !isBulkImport(req))
    await invalidateNowAndAfterCommit(req, await tagsForChange(req, collection.slug, doc, previousDoc))
  return doc
}

export const invalidateOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (hasCaches(req.payload) && !isBulkImport(req))
    await invalidateNowAndAfterCommit(req, await tagsForChange(req, collection.slug, doc))
  return doc
}
