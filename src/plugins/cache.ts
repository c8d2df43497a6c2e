import type { CollectionConfig, Plugin } from 'payload'

import { invalidateOnChange, invalidateOnDelete, trackDocs, trackReads } from '../cache/hooks'
import { isPublic } from '../declaration'
import { eachCollection, withHooks } from './edit'

/**
 * Public collections (declared `public: true`) take part in the answer cache: their reads record what the answer
 * depends on and their changes invalidate it. Collections anonymous requests never read (people, webhooks,
 * the delivery log) invalidate nothing.
 */
const addCaching = (collection: CollectionConfig): CollectionConfig =>
  isPublic(collection)
    ? withHooks(collection, {
        first: { beforeOperation: [trackReads] },
        last: { afterChange: [invalidateOnChange], afterDelete: [invalidateOnDelete], afterRead: [trackDocs] },
      })
    : collection

export const cache = (): Plugin => eachCollection(addCaching)
