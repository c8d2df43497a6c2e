import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '../base/ids'
import { beforeCommit } from '../internals/afterCommit'
import type { ItemShape, Source } from '../../tenants/rules/inheritance'
import { changedOfferings, tallyKey } from './rules/tally'
import { offeringsOfUnit, recountOffering } from './store'

/**
 * Asks for the offerings' counts to be worked out again just before the transaction commits: once per offering
 * however many of its items the transaction writes (an import of 2,000 procedures counts once, at its end).
 */
const recountBeforeCommit = async (req: PayloadRequest, collection: CollectionSlug, sources: Source[]) => {
  for (const source of sources)
    await beforeCommit(req, `field-counts:${tallyKey(collection, source)}`, () =>
      recountOffering(req, collection, source),
    )
}

export const recountOnChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  await recountBeforeCommit(req, collection.slug as CollectionSlug, changedOfferings(doc as ItemShape, previousDoc))
  return doc
}

export const recountOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recountBeforeCommit(req, collection.slug as CollectionSlug, changedOfferings(doc as ItemShape))
  return doc
}

/** For changes made without hooks (a reorganisation moves a unit's rows in one statement): these units' counts. */
export const recountUnits = (req: PayloadRequest, collection: CollectionSlug, units: Id[]) =>
  recountBeforeCommit(req, collection, units.flatMap(offeringsOfUnit))
