import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '../base/ids'
import { beforeCommit } from '../internals/afterCommit'
import { versionsBeyond, type VersionStamp } from './rules/versions'

/** The items each request updated whose history is to be trimmed before its transaction commits, by collection. */
const updatedItems = new WeakMap<PayloadRequest, Map<string, Set<Id>>>()
/** A number per request, so that two requests sharing a transaction each have their trim run. */
const requestNumbers = new WeakMap<PayloadRequest, number>()
let requestsSeen = 0

/** Deletes the versions beyond the newest `max` of the items updated, with one read and one delete for them all. */
const trimHistories = async (req: PayloadRequest, collection: CollectionSlug, max: number) => {
  const items = updatedItems.get(req)?.get(collection)
  if (!items?.size) return
  const parents = [...items]
  items.clear()
  const { docs } = await req.payload.db.findVersions({
    collection,
    limit: 0,
    pagination: false,
    req,
    select: { parent: true, updatedAt: true },
    sort: '-updatedAt',
    where: { parent: { in: parents } },
  })
  const beyond = versionsBeyond(docs as unknown as VersionStamp[], max)
  if (beyond.length) await req.payload.db.deleteVersions({ collection, req, where: { id: { in: beyond } } })
}

/**
 * Keeps an item's newest `max` versions (its declaration's `drafts.maxVersions`), deleting older ones. Payload's
 * own `maxPerDoc` does the same by reading the whole (max+1)-th newest version, every list and locale of it
 * joined, after every save, an item's first included (when it has one version): the costliest of the ~24
 * statements of a procedure's creation. This reads the updated items' version dates alone, once per transaction
 * just before it commits (an import's batch of 50 updates: one read and one delete instead of 50 of each), so it
 * also sees versions written at the end of the transaction (src/internals/deferredInserts.ts). Nothing after a
 * creation (a created item has one version).
 */
export const keepNewestVersions =
  (max: number): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    if (operation !== 'update' || max <= 0) return doc
    const slug = collection.slug as CollectionSlug
    let byCollection = updatedItems.get(req)
    if (!byCollection) {
      updatedItems.set(req, (byCollection = new Map()))
      requestNumbers.set(req, ++requestsSeen)
    }
    let items = byCollection.get(slug)
    if (!items) byCollection.set(slug, (items = new Set()))
    items.add((doc as { id: Id }).id)
    await beforeCommit(req, `keep-newest-versions:${slug}:${requestNumbers.get(req)}`, () =>
      trimHistories(req, slug, max),
    )
    return doc
  }
