import type { CollectionConfig, EditConfig, Plugin } from 'payload'

import { unitScopedOf } from '../declaration'
import { announceReview, recordReview, reviewFields } from '../publishing/review'
import { eachCollection, withFields, withHooks } from './edit'

/**
 * The approval workflow for every collection with drafts: an editor submits (Chờ duyệt), an approver publishes
 * or sends back with a comment (Trả lại), the people concerned are notified, and each item records who created,
 * changed, submitted and published it.
 */
const addReview = (collection: CollectionConfig): CollectionConfig => {
  if (!unitScopedOf(collection)?.drafts) return collection
  const columns = collection.admin?.defaultColumns
  return withHooks(
    withFields(
      {
        ...collection,
        admin: {
          ...collection.admin,
          // The versions tab names who saved each version (Payload's shows a date and an id).
          components: {
            ...collection.admin?.components,
            views: {
              ...collection.admin?.components?.views,
              edit: {
                ...collection.admin?.components?.views?.edit,
                versions: { Component: '/src/admin/VersionHistory#VersionHistory' },
              } as EditConfig,
            },
          },
          defaultColumns: columns && !columns.includes('reviewStatus') ? [...columns, 'reviewStatus'] : columns,
        },
      },
      reviewFields,
    ),
    { last: { afterChange: [announceReview], beforeChange: [recordReview] } },
  )
}

export const review = (): Plugin => eachCollection(addReview)
