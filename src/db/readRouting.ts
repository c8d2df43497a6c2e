import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Which reads must see the primary when PostgreSQL read replicas serve the others (DATABASE_REPLICA_URIS): the
 * requests of signed-in people (an editor reads what they just wrote, whichever process serves them) and the
 * cache's recomputations after an edit (an answer stored as current must contain the edit). Everything else
 * (anonymous reads) may read a replica, a little behind.
 */
const primary = new AsyncLocalStorage<true>()

/** Runs `work` with every database read it makes going to the primary. */
export const readingPrimary = <T>(work: () => T): T => primary.run(true, work)

/** Whether the code running now must read the primary. */
export const primaryReadsWanted = (): boolean => primary.getStore() === true
