import type { Payload } from 'payload'

import { AUDIT_COLLECTION } from './actions'
import { type ChainedEntry, type ChainProblem, chainProblem } from './rules/chain'

/** Entries read per query while verifying. */
const BATCH = 1000

export type Verification = { checked: number; first?: number; last?: number; problem?: ChainProblem }

/**
 * Walks the whole audit log in sequence order, in batches, and reports the first entry that was edited, removed
 * or reordered in the database since it was written. The oldest entry kept is trusted as the start (retention
 * removes entries from the oldest end only).
 */
export const verifyAuditLog = async (payload: Payload): Promise<Verification> => {
  let previous: (ChainedEntry & { hash: string }) | undefined
  let checked = 0
  let first: number | undefined
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: AUDIT_COLLECTION,
      depth: 0,
      limit: BATCH,
      overrideAccess: true,
      page,
      sort: 'sequence',
    })
    const entries = docs as unknown as Array<ChainedEntry & { hash: string }>
    first ??= entries[0]?.sequence
    const problem = chainProblem(entries, previous)
    checked += entries.length
    if (problem) return { checked, first, last: problem.sequence, problem }
    previous = entries.at(-1) ?? previous
    if (!hasNextPage) return { checked, first, last: previous?.sequence }
  }
}
