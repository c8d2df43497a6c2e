import type { Plugin } from 'payload'

import { declarationOf } from '../declaration'
import { COLLECTION } from '../idempotency/keys'
import { recordIdempotentChange, recordIdempotentDelete } from '../idempotency/recordWrite'
import { eachCollection, withHooks } from './edit'

/**
 * Every declared collection records the `Idempotency-Key` of a write in the write's own transaction (first of its
 * after-hooks: if the key is taken by a concurrent request, nothing else of this write happens).
 */
export const idempotency = ({ ttlMs }: { ttlMs: number }): Plugin =>
  eachCollection((collection) =>
    declarationOf(collection) && collection.slug !== COLLECTION
      ? withHooks(collection, {
          first: { afterChange: [recordIdempotentChange({ ttlMs })], afterDelete: [recordIdempotentDelete({ ttlMs })] },
        })
      : collection,
  )
