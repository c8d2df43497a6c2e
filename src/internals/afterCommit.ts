import type { DatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

import { wrapTransactionMethods } from './transactionMethods'

type TransactionID = Parameters<NonNullable<DatabaseAdapter['commitTransaction']>>[0]
type Work = () => Promise<void>

/** Work waiting for a transaction's commit, by transaction id (ids are random per transaction, on every adapter). */
const waiting = new Map<string, Work[]>()
/** Work to run inside a transaction just before it commits, by transaction id, then by the work's own key. */
const closing = new Map<string, Map<string, Work>>()

const keyOf = async (id: TransactionID) => String(id instanceof Promise ? await id : id)

/**
 * Runs `work` once the request's transaction is committed, or now when the request has none (or the adapter is
 * not wrapped by `runWorkAfterCommit`); nothing runs if the transaction is rolled back.
 *
 * Why: Payload runs `afterChange` hooks inside the operation's transaction, before `commitTransaction`
 * (collections/operations/create.js: afterChange, afterOperation, then commit), and an import or a reorganisation
 * commits only after many operations. What must only happen once the change is visible to other connections
 * (the answer cache's invalidation: an answer computed after it must read the new data) goes here.
 */
export const afterCommit = async (req: PayloadRequest, work: Work): Promise<void> => {
  const id = req.transactionID
  const queue = id === undefined || id === null ? undefined : waiting.get(await keyOf(id))
  if (queue) queue.push(work)
  else await work()
}

/**
 * Runs `work` inside the request's transaction just before it commits, once per `key` however often it is asked
 * for (or now, when the request has no transaction). Work that fails fails the commit: the transaction is then
 * rolled back by whoever committed it, as for any failed write.
 *
 * Why: a summary of many items (the counts in src/fieldCounts) is worked out again after a change; an import of
 * 2,000 items in one transaction asks for it 2,000 times and needs it once, at its end, seeing every item.
 */
export const beforeCommit = async (req: PayloadRequest, key: string, work: Work): Promise<void> => {
  const id = req.transactionID
  const queue = id === undefined || id === null ? undefined : closing.get(await keyOf(id))
  if (queue) {
    if (!queue.has(key)) queue.set(key, work)
  } else await work()
}

/** Runs the work waiting for a commit, and then any that work asked for, each key once. */
const runClosingWork = async (key: string) => {
  const queue = closing.get(key)
  if (!queue) return
  const done = new Set<string>()
  let pending: [string, Work][]
  while ((pending = [...queue].filter(([name]) => !done.has(name))).length > 0)
    for (const [name, work] of pending) {
      done.add(name)
      await work()
    }
}

/**
 * Wraps Payload's adapter methods `beginTransaction`, `commitTransaction` and `rollbackTransaction` (checked by
 * afterCommit.test.ts on the adapter in use, so an upgrade that renames them fails there). Work that fails after
 * the commit is logged: the change itself is committed, and the request that made it succeeded.
 */
export const runWorkAfterCommit = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj =>
  wrapTransactionMethods(adapterObj, (original, args) => ({
    beginTransaction: async (options) => {
      const id = await original.beginTransaction(options)
      if (id !== null && id !== undefined) {
        const key = await keyOf(id)
        waiting.set(key, [])
        closing.set(key, new Map())
      }
      return id
    },
    commitTransaction: async (id) => {
      const key = await keyOf(id)
      try {
        await runClosingWork(key)
        closing.delete(key)
        await original.commitTransaction(id)
      } catch (error) {
        waiting.delete(key)
        closing.delete(key)
        throw error
      }
      const work = waiting.get(key) ?? []
      waiting.delete(key)
      for (const run of work)
        await run().catch((error: unknown) =>
          args.payload.logger.error({ err: error, msg: 'work after a commit failed (the change is committed)' }),
        )
    },
    rollbackTransaction: async (id) => {
      const key = await keyOf(id)
      waiting.delete(key)
      closing.delete(key)
      await original.rollbackTransaction(id)
    },
  }))
