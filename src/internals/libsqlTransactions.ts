import { createRequire } from 'node:module'

import type { DatabaseAdapterObj } from 'payload'

type Database = { close: () => void; inTransaction: boolean; prepare: (sql: string) => { run: () => unknown } }
type DatabaseClass = new (path: string, options: object) => Database
type Transaction = {
  batch: (...args: unknown[]) => Promise<unknown>
  commit: () => Promise<void>
  execute: (...args: unknown[]) => Promise<unknown>
  executeMultiple: (...args: unknown[]) => Promise<unknown>
  rollback: () => Promise<void>
}
type TransactionClass = new (database: Database, intMode: string) => Transaction
type ClientConfig = { url: string }
type ExpandedConfig = { authToken?: string; encryptionKey?: string; intMode: string; path: string; scheme: string }
type Client = { close: () => void; transaction: (mode?: string) => Promise<Transaction> }
type SqliteAdapter = { client?: Client; clientConfig: ClientConfig; connect?: (options?: object) => Promise<void> }

/** Connections kept for the next transactions: SQLite writes one at a time (src/internals/sqliteWriteQueue.ts). */
export const IDLE_TRANSACTION_CONNECTIONS = 2

/** The driver's classes and helpers, as `@libsql/client` itself loads them (from its dependency `@libsql/core`). */
const driver = () => {
  const require = createRequire(import.meta.url)
  const fromClient = createRequire(require.resolve('@libsql/client'))
  return {
    Database: require('libsql') as DatabaseClass,
    expandConfig: (fromClient('@libsql/core/config') as { expandConfig: (c: object, h: boolean) => ExpandedConfig })
      .expandConfig,
    transactionModeToBegin: (fromClient('@libsql/core/util') as { transactionModeToBegin: (mode: string) => string })
      .transactionModeToBegin,
    Sqlite3Transaction: (require('@libsql/client/sqlite3') as { Sqlite3Transaction: TransactionClass })
      .Sqlite3Transaction,
  }
}

/**
 * `@libsql/client` runs each transaction on the client's connection and opens a new one for whatever comes next
 * (`this.#db = null`, lib-esm/sqlite3.js `transaction`), and the transaction's is never closed. The `libsql`
 * driver never frees a prepared statement (tursodatabase/libsql-js#153), so that connection never goes away:
 * every write left a whole SQLite connection behind, with its statements, its schema and its page cache (up to
 * DATABASE_URI's `cache_mb`). The benchmark's seed grew by 70 kB per news item, to 12 GB at 175,000; a server
 * grew with every editor's save. Every statement of each transaction was also prepared and planned again, on a
 * connection that had read no page yet.
 *
 * Here a transaction runs on a connection taken from a few kept for transactions (opened when none is idle) and
 * given back once it has committed or rolled back: the connections, and with them the statements each keeps
 * (src/internals/libsqlStatements.ts), are bounded. A transaction is the library's own (`Sqlite3Transaction`),
 * so statements run exactly as before. Checked by libsqlTransactions.test.ts.
 */
export const poolSqliteTransactionConnections = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const internals = adapter as unknown as SqliteAdapter
    const connect = internals.connect
    if (typeof connect !== 'function' || !internals.clientConfig?.url)
      throw new Error(`poolSqliteTransactionConnections: the ${adapter.name} adapter has no connect or clientConfig`)
    internals.connect = async function (this: SqliteAdapter, options) {
      await connect.call(this, options)
      if (this.client) useTransactionConnections(this.client, this.clientConfig)
    }
    return adapter
  },
})

const pooled = new WeakSet<Client>()

const useTransactionConnections = (client: Client, clientConfig: ClientConfig) => {
  if (pooled.has(client)) return
  pooled.add(client)
  const { Database, expandConfig, Sqlite3Transaction, transactionModeToBegin } = driver()
  const config = expandConfig(clientConfig, true)
  if (config.scheme !== 'file') return
  const idle: Database[] = []
  const open = () => new Database(config.path, { authToken: config.authToken, encryptionKey: config.encryptionKey })
  const giveBack = (database: Database) => {
    if (idle.length < IDLE_TRANSACTION_CONNECTIONS) idle.push(database)
    else database.close()
  }

  client.transaction = async (mode = 'write') => {
    // Throws on an unknown mode, before a connection is taken.
    const begin = transactionModeToBegin(mode)
    const database = idle.pop() ?? open()
    try {
      database.prepare(begin).run()
    } catch (error) {
      giveBack(database)
      throw error
    }
    const transaction = new Sqlite3Transaction(database, config.intMode)
    // Once its connection is given back (another transaction may have it next), this one touches it no more.
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      giveBack(database)
    }
    for (const method of ['execute', 'batch', 'executeMultiple'] as const) {
      const run = transaction[method]
      transaction[method] = (...args: unknown[]) => {
        if (ended) return Promise.reject(new Error(`The transaction is closed (${method} after it ended)`))
        return run.apply(transaction, args)
      }
    }
    const { commit, rollback } = transaction
    transaction.commit = async () => {
      if (ended) throw new Error('The transaction is closed (commit after it ended)')
      await commit.call(transaction)
      end()
    }
    transaction.rollback = async () => {
      if (ended) return
      try {
        await rollback.call(transaction)
      } finally {
        if (!database.inTransaction) end()
      }
    }
    return transaction
  }
  const close = client.close.bind(client)
  client.close = () => {
    for (const database of idle.splice(0)) database.close()
    close()
  }
}
