import type { CollectionConfig, CollectionSlug, Plugin } from 'payload'

import { unitScopedOf } from '../declaration'
import { scheduleEndpoints } from '../http/endpoints/schedule'
import { draftValidation } from '../publishing/draftValidation'
import { markUnpublishing } from '../publishing/markUnpublishing'
import { previewUrlOf } from '../publishing/preview'
import { eachCollection, withHooks } from './edit'

/**
 * Drafts (checked by every rule but "required", src/publishing/draftValidation.ts), a version history, and publishing or unpublishing at a chosen time, for collections declared with
 * `drafts`. A scheduled change runs as the person who scheduled it, with their unit rights at that moment
 * (Payload's `schedulePublish` job); API clients schedule through `/api/<collection>/:id/schedule`.
 */
const addPublishing = (collection: CollectionConfig): CollectionConfig => {
  const drafts = unitScopedOf(collection)?.drafts
  if (!drafts) return collection
  return withHooks(
    {
      ...collection,
      // "Xem trước": the draft on its portal, through a signed, short-lived link (src/publishing/preview.ts).
      admin: { ...collection.admin, preview: previewUrlOf(collection.slug as CollectionSlug) },
      endpoints: [...(collection.endpoints || []), ...scheduleEndpoints],
      // Drafts are checked like published items, except that required fields may stay empty until publishing.
      fields: draftValidation(collection.fields),
      versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: drafts.maxVersions },
    },
    { first: { beforeOperation: [markUnpublishing] } },
  )
}

export const publishing = (): Plugin => eachCollection(addPublishing)
