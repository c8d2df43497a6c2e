import type { DatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { wrapTransactionMethods } from './transactionMethods'

/** A write waiting longer than this for the ones before it fails with a clear error instead of hanging. */
const WAIT_LIMIT_MS = 15_000
/** A transaction still open after this is logged and no longer holds the others back. */
const HOLD_LIMIT_MS = 30_000

type TransactionID = Parameters<NonNullable<DatabaseAdapter['commitTransaction']>>[0]

/**
 * SQLite has one writer at a time, and the libSQL driver is synchronous: a second `BEGIN IMMEDIATE` in the same
 * process waits for the first transaction *inside* the driver, blocking the event loop that the first one needs
 * to finish, and fails with SQLITE_BUSY after the busy timeout (concurrent creates failed this way as soon as
 * writes became transactions). Transactions of one process therefore take turns here, in order, before they
 * reach the driver; between processes SQLite's busy timeout still applies. Wraps Payload's adapter methods
 * `beginTransaction`, `commitTransaction` and `rollbackTransaction`; checked by sqliteWriteQueue.test.ts.
 */
export const queueSqliteTransactions = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj =>
  wrapTransactionMethods(adapterObj, (original, args) => {
    const begin = original.beginTransaction
    const commit = original.commitTransaction
    const rollback = original.rollbackTransaction
    let tail: Promise<void> = Promise.resolve()
    const releases = new Map<string, () => void>()

    /** Waits for the writes queued before this one; resolves with this write's release. */
    const takeTurn = async (): Promise<() => void> => {
      let release!: () => void
      const released = new Promise<void>((resolve) => (release = resolve))
      const before = tail
      tail = before.then(() => released)
      let timer: NodeJS.Timeout | undefined
      const waited = await Promise.race([
        before.then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), WAIT_LIMIT_MS))),
      ])
      clearTimeout(timer)
      if (!waited) {
        // Our place in the queue passes on once the writes before us finish.
        void before.then(release)
        throw new Error(`the database is busy: a write waited ${WAIT_LIMIT_MS / 1000} s for the ones before it`)
      }
      let done = false
      const holdTimer = setTimeout(() => {
        args.payload.logger.error({
          msg: `a database transaction stayed open over ${HOLD_LIMIT_MS / 1000} s; the next write goes ahead`,
        })
        finish()
      }, HOLD_LIMIT_MS)
      const finish = () => {
        if (done) return
        done = true
        clearTimeout(holdTimer)
        release()
      }
      return finish
    }

    const end = async (id: TransactionID, close: (id: TransactionID) => Promise<void>) => {
      const key = String(id instanceof Promise ? await id : id)
      try {
        await close(id)
      } finally {
        releases.get(key)?.()
        releases.delete(key)
      }
    }

    const beginTransaction: typeof begin = async (options) => {
      const finish = await takeTurn()
      try {
        const id = await begin(options)
        if (id === null || id === undefined) finish()
        else releases.set(String(id), finish)
        return id
      } catch (error) {
        finish()
        throw error
      }
    }
    return {
      beginTransaction,
      commitTransaction: (id) => end(id, commit),
      rollbackTransaction: (id) => end(id, rollback),
    }
  })
