import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { type Id } from '../base/ids'
import { localesOf } from '../base/locale'
import { countedByOf, hasDrafts } from '../declaration'
import { inTransaction } from '../base/inTransaction'
import { countOfferingWithSql } from '../internals/fieldCountSql'
import { lockInTransaction } from '../internals/sqlAdapter'
import { SUBUNIT_LEVELS } from '../../tenants/levels'
import { type ItemShape, offeringsOf, type Source } from '../../tenants/rules/inheritance'
import { type Tally, tallyKey, tallyOf } from './rules/tally'

const FIELD_COUNTS = 'field-counts'

/** The row saying a collection's counts were all worked out once (by `recountAll`); without it they are not used. */
const completeKey = (collection: string) => `${collection}:*`

/** The collections whose items are counted, and by which field (their `countedBy` declarations). */
export const countedCollections = (payload: Payload): Map<CollectionSlug, string> =>
  new Map(
    Object.values(payload.collections).flatMap(({ config }) => {
      const by = countedByOf(config)
      return by ? [[config.slug as CollectionSlug, by] as const] : []
    }),
  )

/** FNV-1a: a stable number per text, for PostgreSQL's advisory locks (bigint; kept above the audit chain's). */
const lockOf = (key: string): number => {
  let hash = 0x811c9dc5
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0
  return 2 ** 40 + hash
}

const publishedWhere = (payload: Payload, collection: CollectionSlug): Where[] =>
  hasDrafts(payload.collections[collection].config) ? [{ _status: { equals: 'published' } }] : []

/** Writes an offering's counts: over its row (`id`, when the caller knows it; else looked up) or as a new one. */
const store = async (req: PayloadRequest, key: string, counts: Tally, id?: Id) => {
  const { payload } = req
  const rowId =
    id ??
    (
      await payload.find({
        collection: FIELD_COUNTS,
        depth: 0,
        limit: 1,
        pagination: false,
        req,
        select: { key: true },
        where: { key: { equals: key } },
      })
    ).docs[0]?.id
  if (rowId !== undefined)
    await payload.update({ collection: FIELD_COUNTS, data: { counts }, depth: 0, id: rowId, req })
  else await payload.create({ collection: FIELD_COUNTS, data: { counts, key }, depth: 0, req })
}

/**
 * Counts one offering's published items again and stores the counts, in the request's transaction. On PostgreSQL
 * the writers of one offering take turns (an advisory lock held to their commit), and each counts after the lock,
 * so it sees what the one before it committed: two editors saving procedures of one unit at once cannot leave a
 * count that misses either save. (SQLite writes one transaction at a time.)
 */
export const recountOffering = async (req: PayloadRequest, collection: CollectionSlug, source: Source) => {
  const by = countedByOf(req.payload.collections[collection].config)
  if (!by) return
  const key = tallyKey(collection, source)
  await lockInTransaction(req, lockOf(key))
  const { fallback, locales } = localesOf(req.payload)
  const counted = await countOfferingWithSql(req, {
    collection,
    drafts: hasDrafts(req.payload.collections[collection].config),
    field: by,
    locales: { fallback, list: locales },
    marked: source.marked,
    unit: source.unit,
  })
  await store(req, key, counted ?? tallyOf(await offeredValues(req, collection, by, source), locales, fallback))
}

/** The counted field of an offering's published items, each in every locale (MongoDB: no SQL count). */
const offeredValues = async (req: PayloadRequest, collection: CollectionSlug, by: string, source: Source) => {
  const where: Where = {
    and: [
      ...publishedWhere(req.payload, collection),
      { unit: { equals: source.unit } },
      ...(source.marked ? [{ showOnSubunits: { in: [source.marked] } }] : []),
    ],
  }
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    locale: 'all',
    pagination: false,
    req,
    select: { [by]: true },
    where,
  })
  return docs.map((doc) => (doc as unknown as Record<string, unknown>)[by])
}

/** Every offering a unit makes: its items, and its items marked for each level below. */
export const offeringsOfUnit = (unit: Id): Source[] => [{ unit }, ...SUBUNIT_LEVELS.map((marked) => ({ marked, unit }))]

/**
 * Works every count of a collection out again from its items, in the request's transaction, and marks them
 * complete: at start for a collection that has none yet (a new database, or counts added to a collection that
 * has items), and after changes made without hooks.
 */
export const recountAll = async (req: PayloadRequest, collection: CollectionSlug) => {
  const by = countedByOf(req.payload.collections[collection].config)
  if (!by) return
  const { payload } = req
  const { docs } = await payload.find({
    collection,
    depth: 0,
    locale: 'all',
    pagination: false,
    req,
    select: { [by]: true, showOnSubunits: true, unit: true },
    where: { and: publishedWhere(payload, collection) },
  })
  const offered = new Map<string, unknown[]>()
  for (const doc of docs as unknown as Array<ItemShape & Record<string, unknown>>)
    for (const source of offeringsOf(doc)) {
      const key = tallyKey(collection, source)
      const values = offered.get(key)
      if (values) values.push(doc[by])
      else offered.set(key, [doc[by]])
    }
  // Every row of the collection is written: its counts now, or none for an offering whose items are all gone.
  const prefix = `${collection}:`
  const rows = new Map(
    (await payload.find({ collection: FIELD_COUNTS, depth: 0, pagination: false, req, select: { key: true } })).docs
      .filter((row) => row.key.startsWith(prefix))
      .map((row) => [row.key, row.id]),
  )
  const { fallback, locales } = localesOf(payload)
  for (const key of new Set([...offered.keys(), ...rows.keys()]))
    if (key !== completeKey(collection))
      await store(req, key, tallyOf(offered.get(key) ?? [], locales, fallback), rows.get(key))
  await store(req, completeKey(collection), {}, rows.get(completeKey(collection)))
}

/** The stored counts of some offerings, or undefined when the collection's counts are not complete yet. */
export const readTallies = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  sources: Source[],
): Promise<Tally[] | undefined> => {
  const keys = [completeKey(collection), ...sources.map((source) => tallyKey(collection, source))]
  const { docs } = await req.payload.find({
    collection: FIELD_COUNTS,
    depth: 0,
    pagination: false,
    req,
    select: { counts: true, key: true },
    where: { key: { in: keys } },
  })
  if (!docs.some((row) => row.key === completeKey(collection))) return undefined
  return docs.filter((row) => row.key !== completeKey(collection)).map((row) => row.counts as Tally)
}

/** At start: works out the counts of every counted collection that has none yet, in one transaction each. */
export const ensureFieldCounts = async (payload: Payload): Promise<CollectionSlug[]> => {
  const counted: CollectionSlug[] = []
  for (const collection of countedCollections(payload).keys()) {
    const where: Where = { key: { equals: completeKey(collection) } }
    if ((await payload.count({ collection: FIELD_COUNTS, where })).totalDocs > 0) continue
    await inTransaction(payload, (req) => recountAll(req, collection))
    counted.push(collection)
  }
  return counted
}
