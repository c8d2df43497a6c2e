import type { CollectionSlug, PayloadRequest, TypedLocale, Where } from 'payload'

import { validationError } from '../base/errors/fieldError'
import { type Id } from '../base/ids'
import { descendantIds } from '../../tenants/scope'
import { ignoringPortal } from '../../tenants/portalUnit'
import { findUnits, slugOrCodeWhere } from '../../tenants/unitQueries'
import { searchKey } from '../base/text/vietnamese'
import type { SearchSpec } from '../declaration'
import { searchableCollections } from './searchable'

export const MAX_SEARCH_LIMIT = 50
/** Deep pages cost a query per collection per page; nobody reads search results past this many. */
export const MAX_SEARCH_WINDOW = 500
const MAX_TOKENS = 8

export type SearchOptions = {
  collections?: CollectionSlug[]
  includeSubunits?: boolean
  limit?: number
  locale?: TypedLocale
  page?: number
  query: string
  /** Slug or code of the unit whose content to search (a portal request searches its portal by default). */
  unit?: string
}

export type SearchHit = {
  collection: CollectionSlug
  date: null | string
  heading: null | string
  id: Id
  slug: null | string
  subheading: null | string
  titleMatch: boolean
  unit: Id | null
}

export type SearchResults = {
  docs: SearchHit[]
  hasNextPage: boolean
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

/** Bad search input: a 400 (a GraphQL error) naming the parameter, like every other validation error. */
export const searchInputError = (req: PayloadRequest, path: string, message: string) =>
  validationError(req, [{ message, path }])

const every = (tokens: string[], clause: (token: string) => Where): Where => ({ and: tokens.map(clause) })

/** The units to search: the named one (and those below it), or none named (the portal's scoping applies). */
const unitConstraint = async (req: PayloadRequest, options: SearchOptions): Promise<Where | null | undefined> => {
  if (!options.unit) return undefined
  const [unit] = await findUnits(req, slugOrCodeWhere(options.unit))
  if (!unit) return null
  const ids = options.includeSubunits ? [unit.id, ...(await descendantIds(req, [unit.id]))] : [unit.id]
  return { unit: { in: ids } }
}

const hitOf = (collection: CollectionSlug, spec: SearchSpec, found: object, titleMatch: boolean): SearchHit => {
  const doc = found as Record<string, unknown>
  const text = (field?: string) => (field && typeof doc[field] === 'string' ? (doc[field] as string) : null)
  const unit = doc.unit as { id?: Id } | Id | null | undefined
  return {
    collection,
    date: text(spec.date) ?? text('updatedAt'),
    heading: text(spec.heading),
    id: doc.id as Id,
    slug: text('slug'),
    subheading: text(spec.subheading),
    titleMatch,
    unit: typeof unit === 'object' && unit ? (unit.id ?? null) : (unit ?? null),
  }
}

const byDateDesc = (a: SearchHit, b: SearchHit) => (b.date ?? '').localeCompare(a.date ?? '')

/**
 * Finds content the way people type it: `dang ky ket hon`, `Dang Ky Ket Hon` and `đăng ký kết hôn` all find
 * "Đăng ký kết hôn". Every word of the query must appear in an item's folded title or text keys; items whose
 * title holds every word come first, newest first within each group. Runs with the caller's access, so a portal
 * visitor finds only what the portal shows.
 */
export const searchContent = async (req: PayloadRequest, options: SearchOptions): Promise<SearchResults> => {
  const tokens = [
    ...new Set(
      searchKey(options.query ?? '')
        .split(' ')
        .filter(Boolean),
    ),
  ].slice(0, MAX_TOKENS)
  if (tokens.length === 0) throw searchInputError(req, 'q', 'The search needs at least one letter or digit.')
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 10), 1), MAX_SEARCH_LIMIT)
  const page = Math.max(Math.trunc(options.page ?? 1), 1)
  const window = page * limit
  if (window > MAX_SEARCH_WINDOW)
    throw searchInputError(req, 'page', `Search results stop at ${MAX_SEARCH_WINDOW}; refine the query.`)
  const searchable = searchableCollections(req.payload)
  const collections = options.collections?.length ? options.collections : [...searchable.keys()]

  const units = await unitConstraint(req, options)
  if (units === null) return { docs: [], hasNextPage: false, limit, page, totalDocs: 0, totalPages: 0 }
  // A search that names its unit is scoped by it, not by the portal it is made from (whose scope would leave out
  // the sub-units a province- or district-wide search asks for): still published items of active units only.
  const reader = units ? ignoringPortal(req) : req

  const inTitle = every(tokens, (token) => ({ titleKey: { contains: token } }))
  const anywhere = every(tokens, (token): Where => ({
    or: [{ titleKey: { contains: token } }, { textKey: { contains: token } }],
  }))
  const scoped = (match: Where): Where => (units ? { and: [units, match] } : match)
  const find = async (collection: CollectionSlug, match: Where, limit: number, titleMatch: boolean) => {
    const spec = searchable.get(collection)!
    const select = Object.fromEntries(
      [spec.date, spec.heading, spec.subheading, 'slug', 'unit', 'updatedAt']
        .filter(Boolean)
        .map((field) => [field, true]),
    )
    const result = await req.payload.find({
      collection,
      depth: 0,
      limit,
      locale: options.locale,
      overrideAccess: false,
      req: reader,
      select,
      sort: `-${spec.date}`,
      where: scoped(match),
    })
    return {
      hits: result.docs.map((doc) => hitOf(collection, spec, doc, titleMatch)),
      total: result.totalDocs,
    }
  }

  // Items with every word in the title first: the window's worth of them from each collection.
  const titles = await Promise.all(collections.map((collection) => find(collection, inTitle, window, true)))
  const titleTotal = titles.reduce((sum, part) => sum + part.total, 0)
  const titleHits = titles.flatMap((part) => part.hits).sort(byDateDesc)

  // Then the others; their items are only needed when the titles do not fill the window.
  const rest = await Promise.all(
    collections.map(async (collection, index) => {
      if (titleTotal >= window) {
        const { totalDocs } = await req.payload.count({
          collection,
          locale: options.locale,
          overrideAccess: false,
          req: reader,
          where: scoped(anywhere),
        })
        return { hits: [], total: totalDocs - titles[index]!.total }
      }
      const titleIds = titles[index]!.hits.map((hit) => hit.id)
      const match = titleIds.length ? { and: [anywhere, { id: { not_in: titleIds } }] } : anywhere
      return find(collection, match, window - titleTotal, false)
    }),
  )
  const textHits = rest.flatMap((part) => part.hits).sort(byDateDesc)
  const textTotal = rest.reduce((sum, part) => sum + part.total, 0)

  const totalDocs = titleTotal + textTotal
  const ranked = [...titleHits, ...textHits]
  const totalPages = Math.ceil(totalDocs / limit)
  return {
    docs: ranked.slice((page - 1) * limit, window),
    hasNextPage: page < totalPages,
    limit,
    page,
    totalDocs,
    totalPages,
  }
}
