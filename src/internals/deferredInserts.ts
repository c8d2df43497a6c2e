import { AsyncLocalStorage } from 'node:async_hooks'

// Drizzle's `sql` through the adapter's re-export (as in countDistinct.ts): the same tag serves both databases.
import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, DatabaseAdapterObj, PayloadRequest } from 'payload'

type Row = Record<string, unknown>
type Table = Record<string, unknown> & { id?: { columnType?: string } }
type Db = {
  execute?: (query: unknown) => Promise<{ rows: Row[] }>
  insert: (table: Table) => { values: (rows: Row[]) => PromiseLike<unknown> }
  select: (fields: Row) => { from: (table: Table) => PromiseLike<Row[]> }
}
type InsertArgs = { db: Db; onConflictDoUpdate?: unknown; tableName: string; values: Row | Row[] }
type CreateArgs = {
  collection: string
  customID?: unknown
  data: Row
  req?: Partial<PayloadRequest>
  returning?: boolean
}
type VersionArgs = { collectionSlug: string; parent: unknown; req?: Partial<PayloadRequest> }
type SqlAdapter = {
  execute: (args: unknown) => Promise<unknown>
  create: (args: CreateArgs) => Promise<Row | null>
  createVersion: (args: VersionArgs) => Promise<unknown>
  insert: (args: InsertArgs) => Promise<Row[]>
  name: string
  schemaName?: string
  tables: Record<string, Table>
}

/** A transaction's rows waiting to be written, by table in the order the tables were first written to. */
type Pending = {
  adapter: SqlAdapter
  collection: string
  /** The ids of the documents created so far, whose versions wait with them. */
  created: Set<unknown>
  db?: Db
  /** Ids reserved per table and not handed out yet. */
  free: Map<string, number[]>
  /** SQLite: the highest id reserved per table. */
  highest: Map<string, number>
  rows: Map<string, Row[]>
}

/** What one `create` or `createVersion` call inside a deferring transaction is writing. */
type Scope = { first?: Row; pending: Pending; version?: true }

const pendingOf = new WeakMap<Partial<PayloadRequest>, Pending>()
const scope = new AsyncLocalStorage<Scope>()

/** Ids reserved at a time (PostgreSQL: from the sequence; unused ones are gaps, as after any rolled-back insert). */
const ID_CHUNK = 64
/**
 * Rows per statement at most. Chunks are powers of two (64, 32, … 1), so each table has at most seven statement
 * texts: the SQLite driver keeps every statement it prepared (libsqlStatements.ts), PostgreSQL's prepared ones too.
 */
const MAX_ROWS = 64
/** Bound parameters per statement at most: SQLite's limit is 32,766 (3.32+), PostgreSQL's 65,535. */
const MAX_PARAMETERS = 16000

const INTEGER_IDS = /Integer|Serial|Numeric|Number/i

/** Ids reserved for a table: the next ones to hand out, in order. */
const reserve = async (pending: Pending, db: Db, tableName: string, table: Table): Promise<number[]> => {
  if (pending.adapter.name === 'postgres') {
    // A sequence hands out ids no other transaction gets, committed or not.
    const qualified = `"${pending.adapter.schemaName || 'public'}"."${tableName}"`
    const { rows } = await db.execute!(
      sql`select nextval(pg_get_serial_sequence(${qualified}, 'id'))::int as id from generate_series(1, ${ID_CHUNK})`,
    )
    return rows.map(({ id }) => Number(id)).sort((a, b) => a - b)
  }
  // SQLite: the transaction holds the database's write lock (BEGIN IMMEDIATE, src/db/adapter.ts), so nobody else
  // inserts until it commits; within it, the caller writes nothing else into these tables (see deferCreatedRows).
  let last = pending.highest.get(tableName)
  if (last === undefined) {
    const [row] = await db.select({ max: sql`max(${table.id})` }).from(table)
    last = Number(row?.max ?? 0)
  }
  pending.highest.set(tableName, last + ID_CHUNK)
  return Array.from({ length: ID_CHUNK }, (_, index) => last + 1 + index)
}

/** The next free id of a table, for a row written later in the same transaction. */
const nextId = async (pending: Pending, db: Db, tableName: string): Promise<number> => {
  const table = pending.adapter.tables[tableName]!
  if (!INTEGER_IDS.test(table.id?.columnType ?? ''))
    throw new Error(`deferredInserts: ${tableName} has no integer id to hand out (${table.id?.columnType})`)
  let free = pending.free.get(tableName)
  if (!free?.length) pending.free.set(tableName, (free = await reserve(pending, db, tableName, table)))
  return free.shift()!
}

type Field = { flattenedFields?: Field[]; hasMany?: boolean; name: string; type: string }

/** What the read-back of an empty field is: an empty list for what holds many, `null` for the rest. */
const emptyValueOf = (field: Field) =>
  field.type === 'array' || field.type === 'blocks' || (field.hasMany && field.type !== 'join') ? [] : null

/** A date as the read-back gives it (@payloadcms/drizzle transform/read: `new Date(value).toISOString()`). */
const asStoredDate = (value: unknown): unknown => {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return value
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}

/**
 * The document Payload was given, as its read-back would return it: a field left empty is `null` there (an empty
 * list for arrays, blocks and what holds many), not `undefined`; a date is a full ISO time ("2024-07-01" comes back
 * as "2024-07-01T00:00:00.000Z"); the `_uuid` Payload's write adds to rows is not read back.
 */
const asReadBack = (fields: Field[] | undefined, value: unknown): unknown => {
  if (value === undefined) return null
  if (Array.isArray(value)) return value.map((item) => asReadBack(fields, item))
  if (!value || typeof value !== 'object' || value.constructor !== Object) return value
  const known = new Map((fields ?? []).map((field) => [field.name, field]))
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => name !== '_uuid')
      .map(([name, given]) => {
        const field = known.get(name)
        if (field && (given === undefined || given === null)) return [name, emptyValueOf(field)]
        if (field?.type === 'date') return [name, asStoredDate(given)]
        return [name, asReadBack(field?.flattenedFields, given)]
      }),
  )
}

/** Splits rows into chunks of a power-of-two length, each within the parameter limit. */
export const chunksOf = <T>(rows: T[], columns: number): T[][] => {
  const cap = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / Math.max(1, columns))))
  let size = 1
  while (size * 2 <= cap) size *= 2
  const chunks: T[][] = []
  let start = 0
  while (start < rows.length) {
    while (size > rows.length - start) size /= 2
    chunks.push(rows.slice(start, start + size))
    start += size
  }
  return chunks
}

/**
 * Bulk creation through Payload's own write path, with its rows written table by table at the end.
 *
 * Why: an import creates each item through Payload (every hook and validation of the schema), and Payload writes
 * an item as one statement per table it fills: for a procedure 8 for the item and 8 more for its first version,
 * then reads the item back with every join. Measured on SQLite (1,000 procedures, warm): 7.1 ms per item, of which
 * the database ran 1.5 and building those 17 statements and the read-back in Drizzle took 4.1 (db.create 2.5,
 * createVersion 1.6); an import crawled at 74-128 rows/s.
 *
 * In a transaction marked with `deferInserts`, the `create` of its collection (and of the first version of what it
 * created) goes through Payload's `upsertRow` as always, but the adapter's `insert` keeps the rows instead of
 * writing them, handing out their ids (SQLite: after the table's highest, under the transaction's write lock;
 * PostgreSQL: from the table's sequence). The created document is what Payload was given plus its id and
 * timestamps (what the read-back would return: deferredInserts.test.ts compares both). `flushDeferredInserts`
 * writes every table's rows with a few multi-row statements, tables in the order they were first written (parents
 * before children), before the transaction commits.
 *
 * What the caller must guarantee, because kept rows are invisible until the flush: nothing in the transaction
 * reads the created items before it, and on SQLite nothing else inserts into their tables (a batch of creates
 * only). A constraint a kept row breaks (a duplicate key) fails the flush and with it the transaction; the caller
 * then writes each item again without deferring, as for any failed batch, and gets Payload's own error.
 *
 * Payload internals used: the SQL adapters' `create`, `createVersion`, `execute` and `insert` methods and the
 * arguments Payload passes them (`returning: false` makes `upsertRow` skip the read-back); checked at start (a
 * missing method throws) and by the test against the adapter in use (an item created so must equal Payload's own).
 */
export const deferCreatedRows = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const internals = adapter as unknown as SqlAdapter
    for (const method of ['create', 'createVersion', 'execute', 'insert'] as const)
      if (typeof internals[method] !== 'function')
        throw new Error(`deferredInserts: the ${adapter.name} adapter has no ${method}`)
    const original = {
      create: internals.create.bind(adapter),
      createVersion: internals.createVersion.bind(adapter),
      execute: internals.execute.bind(adapter),
      insert: internals.insert.bind(adapter),
    }
    internals.create = async (create) => {
      const pending = create.req && pendingOf.get(create.req)
      if (!pending || create.collection !== pending.collection || create.customID !== undefined)
        return original.create(create)
      const current: Scope = { pending }
      await scope.run(current, () => original.create({ ...create, returning: false }))
      const row = current.first
      if (!row) throw new Error(`deferredInserts: creating in ${create.collection} wrote no row`)
      pending.created.add(row.id)
      const { flattenedFields } = adapter.payload.collections[create.collection as CollectionSlug].config
      const doc = asReadBack(flattenedFields as Field[], create.data) as Row
      return { ...doc, createdAt: create.data.createdAt ?? row.createdAt, id: row.id, updatedAt: row.updatedAt }
    }
    internals.createVersion = async (version) => {
      const pending = version.req && pendingOf.get(version.req)
      if (!pending || version.collectionSlug !== pending.collection || !pending.created.has(version.parent))
        return original.createVersion(version)
      return scope.run({ pending, version: true }, () => original.createVersion(version))
    }
    // The one statement createVersion runs besides its inserts marks the document's other versions as not the
    // latest: a document created in this transaction has none (its id is new), so it is not run (on PostgreSQL
    // planning it alone took 1.5-3 ms per item).
    internals.execute = async (execute) => (scope.getStore()?.version ? undefined : original.execute(execute))
    internals.insert = async (insert) => {
      const current = scope.getStore()
      if (!current || insert.onConflictDoUpdate) return original.insert(insert)
      const { pending } = current
      if (pending.db && pending.db !== insert.db)
        throw new Error('deferredInserts: rows of one transaction arrived through two connections')
      pending.db = insert.db
      const given = Array.isArray(insert.values) ? insert.values : [insert.values]
      const kept: Row[] = []
      for (const values of given)
        kept.push({ ...values, id: values.id ?? (await nextId(pending, insert.db, insert.tableName)) })
      const rows = pending.rows.get(insert.tableName) ?? []
      rows.push(...kept)
      pending.rows.set(insert.tableName, rows)
      current.first ??= kept[0]
      return kept.map((row) => ({ ...row }))
    }
    return adapter
  },
})

/**
 * Marks a request's transaction: the documents of `collection` it creates are written at `flushDeferredInserts`.
 * Call after the transaction began; see `deferCreatedRows` for what the caller guarantees.
 */
export const deferInserts = (req: PayloadRequest, collection: string): void => {
  const adapter = req.payload.db as unknown as SqlAdapter
  if (typeof adapter.insert !== 'function') return // MongoDB: every write as Payload makes it
  pendingOf.set(req, { adapter, collection, created: new Set(), free: new Map(), highest: new Map(), rows: new Map() })
}

/** Writes the rows kept for the request's transaction (nothing when none were); call before its commit. */
export const flushDeferredInserts = async (req: PayloadRequest): Promise<void> => {
  const pending = pendingOf.get(req)
  if (!pending) return
  pendingOf.delete(req)
  for (const [tableName, rows] of pending.rows) {
    const table = pending.adapter.tables[tableName]!
    const columns = Object.keys(table).length
    for (const chunk of chunksOf(rows, columns)) await pending.db!.insert(table).values(chunk)
  }
}

/**
 * Whether the request's transaction keeps created rows for later: a check a unique index also makes (a value
 * used twice in the unit) can be left to the index, since a duplicate then fails the flush and the caller writes
 * each item again with every check.
 */
export const defersInserts = (req: Partial<PayloadRequest>, collection: string): boolean =>
  pendingOf.get(req)?.collection === collection

/** Forgets the rows kept for a request whose transaction is rolled back. */
export const dropDeferredInserts = (req: PayloadRequest): void => {
  pendingOf.delete(req)
}
