import type { DatabaseAdapter, DatabaseAdapterObj } from 'payload'

type Methods = Pick<DatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>
type InitArgs = Parameters<DatabaseAdapterObj['init']>[0]

/**
 * Replaces some of Payload's adapter transaction methods (`beginTransaction`, `commitTransaction`,
 * `rollbackTransaction`) with wrappers given the originals, bound to the adapter. Shared by the wrappers in this
 * folder; each one's test checks the methods still exist on the adapter in use (an upgrade renaming them fails).
 */
export const wrapTransactionMethods = (
  adapterObj: DatabaseAdapterObj,
  wrap: (original: Methods, args: InitArgs) => Partial<Methods>,
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const original: Methods = {
      beginTransaction: adapter.beginTransaction.bind(adapter) as Methods['beginTransaction'],
      commitTransaction: adapter.commitTransaction.bind(adapter),
      rollbackTransaction: adapter.rollbackTransaction.bind(adapter),
    }
    return Object.assign(adapter, wrap(original, args))
  },
})
