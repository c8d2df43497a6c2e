import type { CollectionSlug, PayloadRequest, TypedLocale } from 'payload'

import type { Id } from '../base/ids'
import { localesOf } from '../base/locale'
import { readTags } from '../cache/rules/dependencies'
import { docTag } from '../cache/rules/tags'
import { isTracking, recordTags } from '../cache/tracking'
import { hasDrafts, type SearchSpec, unitScopedOf } from '../declaration'
import { canSearchWithSql, runPublicSearch, type SearchTarget } from '../internals/publicSearchSql'
import { portalUnitOf } from '../../tenants/portalUnit'
import { sourcesScope } from '../../tenants/rules/inheritance'
import { publicSources } from '../../tenants/rules/publicRead'
import { activeUnitIds } from '../../tenants/unitQueries'
import { containsPattern, fts5Query, INDEXED_LENGTH, indexLeads, planWords } from './rules/fullText'

export type PublicSearchHit = {
  collection: CollectionSlug
  date: null | string
  heading: null | string
  id: Id
  slug: null | string
  subheading: null | string
  titleMatch: boolean
  unit: Id | null
}

const text = (value: unknown): null | string => (typeof value === 'string' ? value : null)

/** Dates as Payload gives them: ISO strings (PostgreSQL's driver gives Date objects; SQLite stores ISO text). */
const isoDate = (value: unknown): null | string => {
  if (value instanceof Date) return value.toISOString()
  if (typeof value !== 'string') return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString()
}

const inheritOf = (req: PayloadRequest, collection: CollectionSlug) =>
  unitScopedOf(req.payload.collections[collection].config)?.inherit ?? 'none'

/**
 * An anonymous visitor's search in one SQL statement (src/internals/publicSearchSql.ts) instead of a find and a
 * count per collection and ranking group: the same hits in the same order, the same totals, checked against
 * Payload's way by test/search/publicSearch.test.ts. The rows a visitor may see are the ones Payload's access
 * gives them (tenants/rules/publicRead.ts: published items of the portal's sources, or of the named units);
 * the words use SQLite's FTS5 index or PostgreSQL's trigram indexes.
 *
 * Undefined when this way does not apply and the caller must search through Payload: signed-in people (who
 * search with their own rights, drafts included), and MongoDB.
 */
export const publicSearch = async (
  req: PayloadRequest,
  options: {
    collections: Array<[CollectionSlug, SearchSpec]>
    limit: number
    locale: TypedLocale | undefined
    offset: number
    /** The units a search names (and those below it when asked); undefined: the portal's own scope. */
    units: Id[] | undefined
    words: string[]
  },
): Promise<{ hits: PublicSearchHit[]; total: number } | undefined> => {
  const dialect = canSearchWithSql(req.payload)
  if (req.user || !dialect) return undefined
  // A search naming its units reads them as a request naming no portal would: every active unit's own items.
  const portal = options.units ? undefined : await portalUnitOf(req)
  // What the same reads through Payload would depend on (src/cache/hooks.ts trackReads), for the answer cache.
  if (isTracking())
    for (const [collection] of options.collections)
      recordTags(...readTags(collection, portal ?? undefined, inheritOf(req, collection)))
  // Naming neither a portal nor units lists nothing, as tenants/hooks/requireUnitForAnonymousReads.ts has it.
  if (portal === undefined && !options.units) return { hits: [], total: 0 }
  const activeUnits = portal === undefined ? await activeUnitIds(req) : []
  const named = options.units && new Set(options.units.map(String))

  const targets: SearchTarget[] = options.collections.map(([collection, spec]) => {
    const sources = publicSources(portal, inheritOf(req, collection), activeUnits).filter(
      (source) => !named || named.has(String(source.unit)),
    )
    return {
      collection,
      drafts: hasDrafts(req.payload.collections[collection].config),
      fields: { date: spec.date, heading: spec.heading, subheading: spec.subheading },
      scope: sourcesScope(sources),
    }
  })

  const { indexed, short } = planWords(options.words, INDEXED_LENGTH[dialect])
  const unitsInScope = new Set(targets.flatMap((target) => target.scope.units.map(String))).size
  // Few units: their rows first (the unit index), each word checked on each. Many: the index first, the long
  // words from it (SQLite FTS5, PostgreSQL's trigram index of both keys), the short ones checked on each row.
  const leads = indexLeads(unitsInScope, indexed.length)
  const words = options.words.map(containsPattern)
  const { fallback } = localesOf(req.payload)
  const { rows, total } = await runPublicSearch(req.payload, {
    limit: options.limit,
    locales: { fallback, locale: options.locale ?? req.locale ?? fallback },
    match: !leads
      ? { anywhere: words, words }
      : dialect === 'sqlite'
        ? { anywhere: short.map(containsPattern), fullText: fts5Query(indexed), words }
        : { anywhere: short.map(containsPattern), inKeys: indexed.map(containsPattern), words },
    offset: options.offset,
    targets,
  })
  const hits = rows.map((row) => ({
    collection: row.collection as CollectionSlug,
    date: isoDate(row.date),
    heading: text(row.heading),
    id: row.id,
    slug: text(row.slug),
    subheading: text(row.subheading),
    titleMatch: row.titleMatch,
    unit: row.unit,
  }))
  if (isTracking()) recordTags(...hits.map((hit) => docTag(hit.collection, hit.id)))
  return { hits, total }
}
