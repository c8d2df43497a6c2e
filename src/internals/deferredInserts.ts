import { AsyncLocalStorage } from 'node:async_hooks'

// Drizzle's `sql` through the adapter's re-export (as in countDistinct.ts): the same tag serves both databases.
import { or, sql, type SQL } from '@payloadcms/db-sqlite/drizzle'
import {
  buildVersionCollectionFields,
  type CollectionSlug,
  type DatabaseAdapterObj,
  type PayloadRequest,
  type Where,
} from 'payload'

type Row = Record<string, unknown>
type Table = Record<string, unknown> & { id?: { columnType?: string } }
type Inserting = PromiseLike<unknown> & {
  onConflictDoUpdate: (upsert: { set: Record<string, SQL>; target: unknown }) => PromiseLike<unknown>
}
type Db = {
  execute?: (query: unknown) => Promise<{ rows: Row[] }>
  insert: (table: Table) => { values: (rows: Row[]) => Inserting }
  select: (fields: Row) => { from: (table: Table) => PromiseLike<Row[]> }
}
type InsertArgs = {
  db: Db
  onConflictDoUpdate?: { set?: unknown; target?: unknown; where?: unknown }
  tableName: string
  values: Row | Row[]
}
type CreateArgs = {
  collection: string
  customID?: unknown
  data: Row
  req?: Partial<PayloadRequest>
  returning?: boolean
}
type UpdateArgs = {
  collection: string
  data: Row
  id?: unknown
  options?: { upsert?: boolean }
  req?: Partial<PayloadRequest>
  returning?: boolean
  where?: unknown
}
type VersionArgs = {
  autosave?: boolean
  collectionSlug: string
  createdAt: string
  parent: unknown
  publishedLocale?: string
  req?: Partial<PayloadRequest>
  returning?: boolean
  snapshot?: boolean
  updatedAt: string
  versionData: Row
}
type DeleteWhereArgs = { db: Db; tableName: string; where: SQL }
type DeleteManyArgs = { collection: string; req?: Partial<PayloadRequest>; where: Where }
type FindVersionsArgs = {
  collection: string
  limit?: number
  locale?: string
  page?: number
  pagination?: boolean
  req?: Partial<PayloadRequest>
  select?: unknown
  skip?: number
  sort?: unknown
  where?: Where
}
type Found = { docs: Row[] } & Record<string, unknown>
type SqlAdapter = {
  execute: (args: unknown) => Promise<unknown>
  create: (args: CreateArgs) => Promise<Row | null>
  createVersion: (args: VersionArgs) => Promise<unknown>
  deleteMany: (args: DeleteManyArgs) => Promise<void>
  deleteWhere: (args: DeleteWhereArgs) => Promise<void>
  findVersions: (args: FindVersionsArgs) => Promise<Found>
  insert: (args: InsertArgs) => Promise<Row[]>
  name: string
  updateOne: (args: UpdateArgs) => Promise<Row | null>
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
  /** The conditions of the child rows its updates replace, by table: deleted together before the rows go in. */
  deletes: Map<string, SQL[]>
  /** Ids reserved per table and not handed out yet. */
  free: Map<string, number[]>
  /** SQLite: the highest id reserved per table. */
  highest: Map<string, number>
  /** The latest versions of the documents it is to update, read together once asked for, by locale. */
  latest: Map<string, Promise<Map<string, Row>>>
  /** Edit locks on the documents it updates, released together (Payload releases each as it updates it). */
  locks: Where[]
  rows: Map<string, Row[]>
  /** The updated documents' own rows, by table: written over the stored ones together, before any other. */
  upserts: Map<string, Row[]>
  /** The documents it is to update (deferInserts' `updating`). */
  updating: Set<string>
}

/**
 * What one call inside a deferring transaction is writing: a document (created or updated) or a version (of a
 * document created in the transaction, which has no other versions, or of one that existed before).
 */
type Scope = { first?: Row; pending: Pending; writing: 'document' | 'version of a new document' | 'version' }

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
 * Bulk writes through Payload's own write path, with the rows written table by table at the end.
 *
 * Why: an import creates or updates each item through Payload (every hook and validation of the schema), and
 * Payload writes an item as one statement per table it fills: for a procedure 8 for the item and 8 more for its
 * new version, then reads both back with every join. Measured on SQLite (1,000 procedures, warm): 7.1 ms per
 * created item, of which the database ran 1.5 and building those 17 statements and the read-back in Drizzle took
 * 4.1 (db.create 2.5, createVersion 1.6); an import crawled at 74-128 rows/s. An update also deletes the item's
 * rows in each child table (its lists, locales, relations) before writing them again, and releases the item's
 * edit lock (a search of the locks with their joins, 3 ms an item under load): 13-19 ms an item, 53-74 rows/s.
 *
 * In a transaction marked with `deferInserts`, the `create`, `updateOne` and `createVersion` of its collection go
 * through Payload's `upsertRow` as always, but the adapter's `insert` keeps the new rows instead of writing them,
 * handing out their ids (SQLite: after the table's highest, under the transaction's write lock; PostgreSQL: from
 * the table's sequence); an update's own row (an upsert on its id) and its child rows' deletions are kept too,
 * and so is the release of its edit lock. The latest versions of the documents it is to update (`updating`),
 * which Payload reads one by one before each update, are read together at the first. What `create`, `updateOne`
 * and `createVersion` return is what Payload gave them plus ids and timestamps, as the read-back would return it
 * (deferredInserts.test.ts compares both). `flushDeferredInserts` writes the updated documents' own rows (one
 * multi-row upsert per table), releases the locks, deletes the replaced child rows with one statement per table,
 * then writes every table's new rows with a few multi-row statements, tables in the order they were first written
 * (parents before children), before the transaction commits.
 *
 * What the caller must guarantee, because kept rows are invisible until the flush: nothing in the transaction
 * reads the items it writes before the flush (each item is written once, and no hook reads an item's own lists
 * back), and on SQLite nothing else inserts into their tables (a batch of one collection's creates, or of its
 * updates). A constraint a kept row breaks (a duplicate key) fails the flush and with it the transaction; the
 * caller then writes each item again without deferring, as for any failed batch, and gets Payload's own error.
 *
 * Payload internals used: the SQL adapters' `create`, `createVersion`, `deleteMany`, `deleteWhere`, `execute`,
 * `findVersions`, `insert` and `updateOne` methods and the arguments Payload passes them (`returning: false` makes
 * `upsertRow` skip the read-back); checked at start (a missing method throws) and by the test against the adapter
 * in use (an item created or updated so must equal Payload's own; Payload still asks for the latest version as
 * `latestVersionAsked` expects, and releases locks as `lockedDocumentOf` reads them).
 */
export const deferWrittenRows = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const internals = adapter as unknown as SqlAdapter
    const methods = [
      'create',
      'createVersion',
      'deleteMany',
      'deleteWhere',
      'execute',
      'findVersions',
      'insert',
      'updateOne',
    ] as const
    for (const method of methods)
      if (typeof internals[method] !== 'function')
        throw new Error(`deferredInserts: the ${adapter.name} adapter has no ${method}`)
    const original = {
      create: internals.create.bind(adapter),
      createVersion: internals.createVersion.bind(adapter),
      deleteMany: internals.deleteMany.bind(adapter),
      deleteWhere: internals.deleteWhere.bind(adapter),
      execute: internals.execute.bind(adapter),
      findVersions: internals.findVersions.bind(adapter),
      insert: internals.insert.bind(adapter),
      updateOne: internals.updateOne.bind(adapter),
    }
    const fieldsOf = (collection: string) =>
      adapter.payload.collections[collection as CollectionSlug].config.flattenedFields as Field[]
    const versionFields = new Map<string, Field[]>()
    const versionFieldsOf = (collection: string) => {
      let fields = versionFields.get(collection)
      if (!fields) {
        const { config } = adapter.payload.collections[collection as CollectionSlug]
        fields = buildVersionCollectionFields(adapter.payload.config, config, true) as Field[]
        versionFields.set(collection, fields)
      }
      return fields
    }
    /** Runs a write with its rows kept; the first row it kept (its own) tells the id it was given. */
    const keeping = async (current: Scope, write: () => Promise<unknown>): Promise<Row | undefined> => {
      await scope.run(current, write)
      return current.first
    }

    internals.create = async (create) => {
      const pending = create.req && pendingOf.get(create.req)
      if (!pending || create.collection !== pending.collection || create.customID !== undefined)
        return original.create(create)
      const row = await keeping({ pending, writing: 'document' }, () =>
        original.create({ ...create, returning: false }),
      )
      if (!row) throw new Error(`deferredInserts: creating in ${create.collection} wrote no row`)
      pending.created.add(row.id)
      const doc = asReadBack(fieldsOf(create.collection), create.data) as Row
      return { ...doc, createdAt: create.data.createdAt ?? row.createdAt, id: row.id, updatedAt: row.updatedAt }
    }
    internals.updateOne = async (update) => {
      const pending = update.req && pendingOf.get(update.req)
      if (!pending || update.collection !== pending.collection || update.id === undefined || update.where)
        return original.updateOne(update)
      // The item's own row (an upsert on its id) and its child rows are kept, with their deletions.
      await scope.run({ pending, writing: 'document' }, () => original.updateOne({ ...update, returning: false }))
      const doc = asReadBack(fieldsOf(update.collection), update.data) as Row
      return { ...doc, id: update.id }
    }
    internals.createVersion = async (version) => {
      const pending = version.req && pendingOf.get(version.req)
      if (!pending || version.collectionSlug !== pending.collection) return original.createVersion(version)
      const writing = pending.created.has(version.parent) ? 'version of a new document' : 'version'
      const row = await keeping({ pending, writing }, () => original.createVersion({ ...version, returning: false }))
      if (version.returning === false) return null
      if (!row) throw new Error(`deferredInserts: a version of ${version.collectionSlug} wrote no row`)
      // As createVersion builds it (@payloadcms/drizzle createVersion.js), read back.
      const { id: _id, ...versionData } = version.versionData
      const data = {
        autosave: version.autosave,
        createdAt: version.createdAt,
        latest: true,
        parent: version.parent,
        publishedLocale: version.publishedLocale,
        snapshot: version.snapshot,
        updatedAt: version.updatedAt,
        version: versionData,
      }
      return { ...(asReadBack(versionFieldsOf(version.collectionSlug), data) as Row), id: row.id }
    }
    // The one statement createVersion runs besides its inserts marks the document's other versions as not the
    // latest: a document created in this transaction has none (its id is new), so it is not run (on PostgreSQL
    // planning it alone took 1.5-3 ms per item). An updated document's are marked now: its new version, kept, is
    // not among them.
    internals.execute = async (execute) =>
      scope.getStore()?.writing === 'version of a new document' ? undefined : original.execute(execute)
    internals.deleteWhere = async (deletion) => {
      const current = scope.getStore()
      if (!current) return original.deleteWhere(deletion)
      const kept = current.pending.deletes.get(deletion.tableName) ?? []
      kept.push(deletion.where)
      current.pending.deletes.set(deletion.tableName, kept)
    }
    internals.deleteMany = async (deletion) => {
      const pending = deletion.req && pendingOf.get(deletion.req)
      if (!pending || deletion.collection !== LOCKS) return original.deleteMany(deletion)
      pending.locks.push(deletion.where)
    }
    internals.findVersions = async (find) => {
      const pending = find.req && pendingOf.get(find.req)
      const parent = pending && find.collection === pending.collection ? latestVersionAsked(find) : undefined
      if (!pending || parent === undefined || !pending.updating.has(String(parent))) return original.findVersions(find)
      const locale = String(find.locale)
      let latest = pending.latest.get(locale)
      if (!latest) {
        const parents = [...pending.updating]
        const reading = original
          .findVersions({
            ...find,
            limit: 0,
            where: { and: [{ parent: { in: parents } }, { latest: { equals: true } }] },
          })
          // Newest first: the first of each document is the one its own read (limit 1) gives.
          .then(({ docs }) => {
            const byParent = new Map<string, Row>()
            for (const doc of docs) if (!byParent.has(String(doc.parent))) byParent.set(String(doc.parent), doc)
            return byParent
          })
        pending.latest.set(locale, (latest = reading))
      }
      const version = (await latest).get(String(parent))
      // Payload sets the version's id on what it is given: each caller gets its own copy.
      return {
        docs: version ? [structuredClone(version)] : [],
        hasNextPage: false,
        totalDocs: version ? 1 : 0,
      } as Found
    }
    internals.insert = async (insert) => {
      const current = scope.getStore()
      if (!current || (insert.onConflictDoUpdate && !isOwnRowUpsert(current, insert))) return original.insert(insert)
      const { pending } = current
      if (pending.db && pending.db !== insert.db)
        throw new Error('deferredInserts: rows of one transaction arrived through two connections')
      pending.db = insert.db
      if (insert.onConflictDoUpdate) {
        // An updated document's own row (upsertRow: the row with its id, "on conflict on id, set it all").
        const row = { ...(insert.values as Row) }
        pending.upserts.set(insert.tableName, [...(pending.upserts.get(insert.tableName) ?? []), row])
        current.first ??= row
        return [{ ...row }]
      }
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

/** The conditions of a where joined by AND, as [field, operator, value]; undefined when it has an OR. */
const conjunctsOf = (where: Where): Array<[string, string, unknown]> | undefined => {
  const conjuncts: Array<[string, string, unknown]> = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'or') return undefined
    if (key === 'and') {
      for (const part of value as Where[]) {
        const inner = conjunctsOf(part)
        if (!inner) return undefined
        conjuncts.push(...inner)
      }
    } else for (const [operator, operand] of Object.entries(value as object)) conjuncts.push([key, operator, operand])
  }
  return conjuncts
}

/**
 * The document whose latest version a read asks for, as Payload asks before updating it
 * (payload/dist/versions/getLatestCollectionVersion.js: the newest version with `parent` equal to the id and
 * `latest` true, one of them, all fields); undefined for any other read.
 */
export const latestVersionAsked = (find: FindVersionsArgs): unknown => {
  if (find.limit !== 1 || find.sort !== '-updatedAt' || find.select || find.page || find.skip || !find.where)
    return undefined
  const conjuncts = conjunctsOf(find.where)
  if (!conjuncts?.some(([field]) => field === 'latest')) return undefined
  const parents = new Set<string>()
  for (const [field, operator, operand] of conjuncts) {
    if (field === 'parent' && operator === 'equals') parents.add(String(operand))
    else if (!(field === 'latest' && operator === 'equals' && operand === true)) return undefined
  }
  return parents.size === 1 ? [...parents][0] : undefined
}

/**
 * Whether an insert is the own row of a document being updated as `upsertRow` writes it: one row with its id,
 * replacing the stored one on that id, with no other condition.
 */
const isOwnRowUpsert = (current: Scope, insert: InsertArgs): boolean => {
  const upsert = insert.onConflictDoUpdate!
  const table = current.pending.adapter.tables[insert.tableName]
  return (
    current.writing === 'document' &&
    !Array.isArray(insert.values) &&
    insert.values.id !== undefined &&
    upsert.where === undefined &&
    upsert.set === insert.values &&
    table !== undefined &&
    upsert.target === table.id
  )
}

/** Payload's collection of edit locks (payload/dist/locked-documents/config.js). */
const LOCKS = 'payload-locked-documents'

/**
 * Marks a request's transaction: the documents of `collection` it creates or updates are written at
 * `flushDeferredInserts`. Call after the transaction began; see `deferWrittenRows` for what the caller guarantees.
 */
export const deferInserts = (
  req: PayloadRequest,
  collection: string,
  { updating = [] }: { updating?: Array<number | string> } = {},
): void => {
  const adapter = req.payload.db as unknown as SqlAdapter
  if (typeof adapter.insert !== 'function') return // MongoDB: every write as Payload makes it
  pendingOf.set(req, {
    adapter,
    collection,
    created: new Set(),
    deletes: new Map(),
    free: new Map(),
    highest: new Map(),
    latest: new Map(),
    locks: [],
    rows: new Map(),
    upserts: new Map(),
    updating: new Set(updating.map(String)),
  })
}

/** Conditions joined by OR at most this many at a time (each a few bound parameters). */
const MAX_CONDITIONS = 256

/** The document one of Payload's lock releases names ("document.relationTo" and "document.value" equal to). */
export const lockedDocumentOf = (where: Where): { collection: string; id: unknown } | undefined => {
  const conjuncts = conjunctsOf(where)
  if (conjuncts?.length !== 2) return undefined
  const [[relationTo, isCollection, collection], [value, isId, id]] = conjuncts as [
    [string, string, unknown],
    [string, string, unknown],
  ]
  const named = relationTo === 'document.relationTo' && value === 'document.value'
  return named && isCollection === 'equals' && isId === 'equals' ? { collection: String(collection), id } : undefined
}

/**
 * The kept lock releases as few deletions: Payload releases one document's lock at a time
 * (payload/dist/utilities/checkDocumentLockStatus.js), so those of one collection become one `in` (an OR of 50
 * such conditions, each matched through the locks' relation table, took 80 ms on SQLite); any other shape is
 * joined by OR as it is.
 */
const lockReleases = (locks: Where[]): Where[] => {
  const byCollection = new Map<string, unknown[]>()
  const others: Where[] = []
  for (const where of locks) {
    const locked = lockedDocumentOf(where)
    if (locked) byCollection.set(locked.collection, [...(byCollection.get(locked.collection) ?? []), locked.id])
    else others.push(where)
  }
  const releases: Where[] = []
  for (const [collection, ids] of byCollection)
    for (let at = 0; at < ids.length; at += MAX_CONDITIONS)
      releases.push({
        and: [
          { 'document.relationTo': { equals: collection } },
          { 'document.value': { in: ids.slice(at, at + MAX_CONDITIONS) } },
        ],
      })
  for (let at = 0; at < others.length; at += MAX_CONDITIONS)
    releases.push({ or: others.slice(at, at + MAX_CONDITIONS) })
  return releases
}

/** Writes what was kept for the request's transaction (nothing when nothing was); call before its commit. */
export const flushDeferredInserts = async (req: PayloadRequest): Promise<void> => {
  const pending = pendingOf.get(req)
  if (!pending) return
  pendingOf.delete(req)
  const { adapter } = pending
  for (const [tableName, rows] of pending.upserts) {
    const table = adapter.tables[tableName]!
    // Rows of one shape per statement (a column missing from a row would be given its default).
    const shapes = new Map<string, Row[]>()
    for (const row of rows) {
      const shape = Object.keys(row).sort().join()
      shapes.set(shape, [...(shapes.get(shape) ?? []), row])
    }
    for (const sameShape of shapes.values()) {
      const columns = Object.keys(sameShape[0]!).filter((column) => column !== 'id')
      // Each column set from the row given for it ("excluded"), as Payload's upsert of one row sets them all.
      const set = Object.fromEntries(
        columns.map((column) => [column, sql.raw(`excluded."${(table[column] as { name: string }).name}"`)]),
      )
      for (const chunk of chunksOf(sameShape, columns.length + 1))
        await pending.db!.insert(table).values(chunk).onConflictDoUpdate({ set, target: table.id })
    }
  }
  for (const where of lockReleases(pending.locks)) await adapter.deleteMany({ collection: LOCKS, req, where })
  for (const [tableName, conditions] of pending.deletes)
    for (let at = 0; at < conditions.length; at += MAX_CONDITIONS)
      await adapter.deleteWhere({
        db: pending.db!,
        tableName,
        where: or(...conditions.slice(at, at + MAX_CONDITIONS))!,
      })
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
