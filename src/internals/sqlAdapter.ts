import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Payload's SQL adapters keep their drizzle instance, their pg Pool (PostgreSQL) and their libSQL client (SQLite)
 * on `payload.db` without declaring them in the adapter's type; we need them to run a statement of our own,
 * to listen for a pool's errors and to close what `payload.destroy()` leaves open. Checked by sqlAdapter.test.ts.
 */
type SqlPool = { end: () => Promise<void>; on: (event: 'error', listener: (error: Error) => void) => void }
type SqlAdapterInternals = {
  client?: { close: () => void }
  /** With read replicas, drizzle's `withReplicas` object: each replica a drizzle instance over its own pool. */
  drizzle?: { $replicas?: Array<{ $client?: SqlPool }> }
  execute?: (args: { drizzle: unknown; raw?: string; sql?: unknown }) => Promise<{ rows?: unknown[] }>
  pool?: SqlPool
}

const internalsOf = (payload: Payload) => payload.db as unknown as SqlAdapterInternals & { name: string }

/** 'sqlite', 'postgres' or 'mongoose': which adapter runs. */
export const adapterName = (payload: Payload): string => payload.db.name

/** Runs one SQL statement on a SQL adapter's own connection (its rows; undefined on MongoDB). */
export const executeSql = async (payload: Payload, raw: string): Promise<unknown[] | undefined> => {
  const db = internalsOf(payload)
  if (!db.execute) return undefined
  return (await db.execute({ drizzle: db.drizzle, raw })).rows ?? []
}

/** The same for a statement built with drizzle's `sql` template (its values passed as parameters). */
export const executeStatement = async (payload: Payload, statement: SQL): Promise<Array<Record<string, unknown>>> => {
  const db = internalsOf(payload)
  if (!db.execute) throw new Error('executeStatement: not a SQL database')
  return ((await db.execute({ drizzle: db.drizzle, sql: statement })).rows ?? []) as Array<Record<string, unknown>>
}

/**
 * Takes a PostgreSQL transaction-scoped advisory lock in the request's transaction (held until it commits or
 * rolls back), so that writers of one sequence (the audit chain) take turns. The request's transaction is the
 * adapter's `sessions[transactionID].db`, as @payloadcms/drizzle's own getTransaction reads it (not exported).
 * Does nothing elsewhere: SQLite runs one write transaction at a time anyway; MongoDB has no such lock.
 */
export const lockInTransaction = async (req: PayloadRequest, key: number): Promise<boolean> => {
  if (adapterName(req.payload) !== 'postgres') return false
  if (!(await executeInTransaction(req, `select pg_advisory_xact_lock(${Math.trunc(key)})`)))
    throw new Error('lockInTransaction: the request has no PostgreSQL transaction')
  return true
}

/**
 * Lets PostgreSQL plan the request transaction's prepared statements once (`plan_cache_mode = auto`, till the
 * transaction ends) where our connections plan every run (src/db/preparedStatements.ts): for a bulk writer, whose
 * statements are the same inserts and reads by id row after row, one generic plan is as good and planning each time
 * is waste (an import of 5,000 procedures: 164 → 189 rows/s creating, 81 → 103 updating). False elsewhere.
 */
export const planOnceInTransaction = async (req: PayloadRequest): Promise<boolean> =>
  adapterName(req.payload) === 'postgres' && executeInTransaction(req, 'SET LOCAL plan_cache_mode = auto')

/**
 * The request's transaction as drizzle runs it: the adapter's `sessions[transactionID].db`, as @payloadcms/drizzle's
 * own getTransaction reads it (not exported). Undefined when the request has no SQL transaction.
 */
export const transactionDbOf = async (req: PayloadRequest): Promise<unknown> => {
  const db = internalsOf(req.payload) as SqlAdapterInternals & { sessions?: Record<string, { db?: unknown }> }
  const id = await req.transactionID
  return id === undefined || id === null ? undefined : db.sessions?.[String(id)]?.db
}

/** Runs one SQL statement in the request's transaction. False when there is no SQL transaction. */
const executeInTransaction = async (req: PayloadRequest, raw: string): Promise<boolean> => {
  const db = internalsOf(req.payload)
  const session = await transactionDbOf(req)
  if (!session || !db.execute) return false
  await db.execute({ drizzle: session, raw })
  return true
}

/**
 * Moves every row of a collection (and of its versions) from one unit to another in one statement each, in the
 * request's transaction: what a reorganisation does to a unit's content (src/reorganisation/apply.ts), 100,000
 * items in seconds instead of an UPDATE per item through the adapter. Tables are the adapter's `tableNameMap`
 * (snake_case slug → table; versions `_<slug>_v`), columns Payload's `unit_id` / `version_unit_id`. False on
 * MongoDB or outside a transaction: the caller then moves item by item.
 */
export const moveUnitRows = async (
  req: PayloadRequest,
  { collection, from, to, versions }: { collection: string; from: unknown; to: unknown; versions: boolean },
): Promise<boolean> => {
  const tables = (req.payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap
  const key = collection.replace(/-/g, '_')
  const main = tables?.get(key)
  if (!main || !(await req.transactionID)) return false
  const [source, target] = [Number(from), Number(to)]
  if (!Number.isSafeInteger(source) || !Number.isSafeInteger(target)) return false
  await executeInTransaction(req, `UPDATE "${main}" SET "unit_id" = ${target} WHERE "unit_id" = ${source}`)
  const versionTable = versions ? tables?.get(`_${key}_v`) : undefined
  if (versionTable)
    await executeInTransaction(
      req,
      `UPDATE "${versionTable}" SET "version_unit_id" = ${target} WHERE "version_unit_id" = ${source}`,
    )
  return true
}

/** The PostgreSQL adapter's pg Pool, if this is PostgreSQL. */
export const sqlPoolOf = (payload: Payload): SqlAdapterInternals['pool'] => internalsOf(payload).pool

/**
 * The pools of the read replicas (DATABASE_REPLICA_URIS), which Payload's adapter opens and keeps only inside its
 * drizzle instance: nothing listens for their errors (a replica restarting crashed the process with an unhandled
 * 'error' event) and nothing closes them.
 */
export const replicaPoolsOf = (payload: Payload): SqlPool[] =>
  (internalsOf(payload).drizzle?.$replicas ?? []).flatMap((replica) => (replica.$client ? [replica.$client] : []))

type PoolClient = { release: (destroy?: boolean | Error) => void }

/**
 * Closes the PostgreSQL pool without waiting for clients that will never come back: Payload's adapter checks one
 * client out when it connects (to listen for its errors, db-postgres connect.ts `connectWithReconnect`) and never
 * releases it, so `pool.end()` alone waits until its timeout (5 s at every shutdown). Called once the requests
 * in flight have finished; the clients still checked out then are closed. Reads pg-pool's `_clients`.
 */
export const endSqlPool = async (payload: Payload, timeoutMs: number): Promise<void> => {
  await Promise.all(replicaPoolsOf(payload).map((replica) => endPool(replica, timeoutMs)))
  const pool = sqlPoolOf(payload)
  if (pool) await endPool(pool, timeoutMs)
}

const endPool = async (pool: SqlPool, timeoutMs: number): Promise<void> => {
  const clients = [...((pool as unknown as { _clients?: PoolClient[] })._clients ?? [])]
  const idle = new Set(
    ((pool as unknown as { _idle?: Array<{ client: PoolClient }> })._idle ?? []).map((each) => each.client),
  )
  const ended = pool.end().catch(() => undefined)
  for (const client of clients) {
    if (idle.has(client)) continue
    try {
      client.release(true)
    } catch {
      // already released
    }
  }
  let timer: NodeJS.Timeout | undefined
  await Promise.race([ended, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))])
  clearTimeout(timer)
}

/** The SQLite adapter's libSQL client, if this is SQLite and it is open. */
export const sqliteClientOf = (payload: Payload): SqlAdapterInternals['client'] => internalsOf(payload).client

/** Forgets the closed libSQL client, so nothing reuses it. */
export const forgetSqliteClient = (payload: Payload): void => {
  internalsOf(payload).client = undefined
}
