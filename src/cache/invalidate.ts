import type { Payload } from 'payload'

import { edgePurgerOf } from './edgePurge'
import { cacheStoreOf } from './store'

/**
 * After a change is committed: what depends on these tags is stale in the answer cache of every process, and
 * purged from the edges in front (purges go out only once committed: an edge refetching before the commit would
 * keep the old data).
 */
export const invalidateCommitted = async (payload: Payload, tags: string[]): Promise<void> => {
  await cacheStoreOf(payload)?.invalidate(tags)
  edgePurgerOf(payload)?.purge(tags)
}

/** Whether changes need their tags worked out at all: an answer cache or an edge to purge. */
export const hasCaches = (payload: Payload): boolean =>
  cacheStoreOf(payload) !== undefined || edgePurgerOf(payload) !== undefined
