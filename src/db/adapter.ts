import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { type DatabaseTarget, DEFAULT_SQLITE_CACHE_MB } from '../settings/databaseUri'
import { runWorkAfterCommit } from '../internals/afterCommit'
import { indexLocaleParents, indexVersionParents } from '../internals/schemaIndexes'
import { configureEveryConnection } from '../internals/libsqlConnections'
import { countDistinctIds } from '../internals/countDistinct'
import { deferWrittenRows } from '../internals/deferredInserts'
import { queueSqliteTransactions } from '../internals/sqliteWriteQueue'
import { reuseSqliteStatements } from '../internals/libsqlStatements'
import { poolSqliteTransactionConnections } from '../internals/libsqlTransactions'
import { routeReadsToPrimary } from '../internals/readReplicaRouting'
import { primaryReadsWanted } from './readRouting'
import { preparingClient } from './preparedStatements'
import { indexSearchKeys } from './searchIndexes'

/** How long an SQLite writer waits for another's transaction to end before failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000

/** SQL databases have one folder of committed migrations each; MongoDB needs none (schemaless, indexes ensured). */
export const migrationDir = (kind: 'postgres' | 'sqlite', cwd = process.cwd()): string =>
  path.resolve(cwd, 'migrations', kind)

/**
 * Builds the Payload database adapter for a target. Only the chosen adapter is loaded. Schema push is off
 * everywhere: SQL schemas change only through committed migrations, run by `npm start` and the tests alike.
 * Every adapter runs work registered with `afterCommit` once a transaction commits (outermost: on SQLite after
 * the transaction has given the write queue back). SQL adapters can keep a bulk creation's rows for the end of its
 * transaction (src/internals/deferredInserts.ts, for imports).
 */
export const createDatabaseAdapter = async (target: DatabaseTarget): Promise<DatabaseAdapterObj> =>
  runWorkAfterCommit(await adapterFor(target))

const adapterFor = async (target: DatabaseTarget): Promise<DatabaseAdapterObj> => {
  switch (target.kind) {
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      reuseSqliteStatements()
      configureEveryConnection({
        busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS,
        pageCacheKiB: (target.pageCacheMb ?? DEFAULT_SQLITE_CACHE_MB) * 1024,
      })
      return queueSqliteTransactions(
        deferWrittenRows(
          countDistinctIds(
            poolSqliteTransactionConnections(
              sqliteAdapter({
                beforeSchemaInit: [indexLocaleParents, indexVersionParents],
                busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
                client: { url: target.uri },
                migrationDir: migrationDir('sqlite'),
                push: false,
                // Payload's SQLite adapter runs a write's statements (document, locales, versions, relationships) in one
                // transaction only when this is set; without it a crash mid-write left published news without a title
                // or a version. IMMEDIATE takes the write lock at BEGIN, so two writers queue (busy timeout) instead of
                // failing when one upgrades a read lock.
                transactionOptions: { behavior: 'immediate' },
                wal: true,
              }),
            ),
          ),
        ),
      )
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      const { default: pg } = await import('pg')
      const adapter = deferWrittenRows(
        countDistinctIds(
          postgresAdapter({
            afterSchemaInit: [indexSearchKeys],
            beforeSchemaInit: [indexLocaleParents, indexVersionParents],
            // The trigram indexes of the search keys (src/db/searchIndexes.ts) need pg_trgm, created if missing at
            // every connection and migration (a trusted extension: no superuser needed since PostgreSQL 13).
            extensions: ['pg_trgm'],
            migrationDir: migrationDir('postgres'),
            // No JIT compilation: PostgreSQL compiles a query whose estimated cost passes jit_above_cost (100,000), and
            // Payload's reads with their lateral joins for lists and locales are estimated far above it whatever they
            // return. Measured on a procedure's versions (3,000 procedures): 2.95 s compiling a query that runs in
            // 0.5 ms, on every save; an import crawled at 1-2 s per row. Our queries are short: nothing to gain from it.
            // Each connection prepares the statements it runs (parsed once, planned at every run): preparedStatements.ts.
            pool: {
              Client: preparingClient(pg.Client, target.preparedStatements ?? 0),
              connectionString: target.uri,
              options: '-c jit=off -c plan_cache_mode=force_custom_plan',
            },
            push: false,
            // Replicas get the pool's options too (JIT off, prepared statements).
            readReplicas: target.replicas?.uris,
          }),
        ),
      )
      return target.replicas ? routeReadsToPrimary(adapter, primaryReadsWanted) : adapter
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ ensureIndexes: true, url: target.uri })
    }
  }
}
