import type { CollectionConfig, CollectionSlug, Plugin } from 'payload'

import { unitScopedOf } from '../declaration'
import { scheduleEndpoints } from '../http/endpoints/schedule'
import { draftValidation } from '../publishing/draftValidation'
import { markUnpublishing } from '../publishing/markUnpublishing'
import { previewUrlOf } from '../publishing/preview'
import { keepNewestVersions } from '../publishing/versions'
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
      // The history is kept to `maxVersions` by keepNewestVersions, which reads less than Payload's maxPerDoc.
      versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 0 },
    },
    {
      first: { beforeOperation: [markUnpublishing] },
      last: { afterChange: [keepNewestVersions(drafts.maxVersions)] },
    },
  )
}

export const publishing = (): Plugin => eachCollection(addPublishing)
