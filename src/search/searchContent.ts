import type { CollectionSlug, PayloadRequest, TypedLocale, Where } from 'payload'

import { inLanguage, validationError } from '../base/errors/fieldError'
import { type Id } from '../base/ids'
import { descendantIds } from '../../tenants/scope'
import { ignoringPortal, portalUnitOf } from '../../tenants/portalUnit'
import { findUnits, slugOrCodeWhere } from '../../tenants/unitQueries'
import { searchKey } from '../base/text/vietnamese'
import type { SearchSpec } from '../declaration'
import { publicSearch, type PublicSearchHit } from './publicSearch'
import { searchableCollections } from './searchable'

export const MAX_SEARCH_LIMIT = 50
/** Deep pages cost a query per collection per page; nobody reads search results past this many. */
export const MAX_SEARCH_WINDOW = 500
const MAX_TOKENS = 8
/**
 * What a search box sends is a few words; a longer query is refused before it reaches the database (SQLite
 * refuses a LIKE pattern over 50,000 bytes with an error, and a long word is a long trigram query everywhere).
 */
export const MAX_QUERY_LENGTH = 200

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

export type SearchHit = PublicSearchHit

export type SearchResults = {
  docs: SearchHit[]
  hasNextPage: boolean
  limit: number
  page: number
  totalDocs: number
  totalPages: number
}

/** Bad search input: a 400 (a GraphQL error) naming the parameter in the request's language. */
export const searchInputError = (req: PayloadRequest, path: string, message: { en: string; vi: string }) =>
  validationError(req, [{ message: inLanguage(req, message), path }])

const every = (tokens: string[], clause: (token: string) => Where): Where => ({ and: tokens.map(clause) })

/**
 * The units to search: the named one (the portal's own when none is named), with those below it when asked;
 * none when the named unit does not exist; undefined when the search names none (the portal's scope applies).
 */
const namedUnits = async (req: PayloadRequest, options: SearchOptions): Promise<Id[] | undefined> => {
  if (!options.unit && !options.includeSubunits) return undefined
  const unit = options.unit ? (await findUnits(req, slugOrCodeWhere(options.unit)))[0] : await portalUnitOf(req)
  if (unit === undefined && !options.unit) return undefined
  if (!unit) return []
  return options.includeSubunits ? [unit.id, ...(await descendantIds(req, [unit.id]))] : [unit.id]
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

/** A search with its input checked and its units found. */
export type SearchPlan = {
  collections: Array<[CollectionSlug, SearchSpec]>
  limit: number
  locale: TypedLocale | undefined
  page: number
  /** The units it names (and those below; none when no unit has that name); undefined: the portal's own scope. */
  units: Id[] | undefined
  words: string[]
}

/** Checks a search's input (400s naming the parameter) and finds the units it names (none: no such unit). */
export const planSearch = async (req: PayloadRequest, options: SearchOptions): Promise<SearchPlan> => {
  if ((options.query ?? '').length > MAX_QUERY_LENGTH)
    throw searchInputError(req, 'q', {
      en: `The search is at most ${MAX_QUERY_LENGTH} characters long.`,
      vi: `Nội dung tìm kiếm dài tối đa ${MAX_QUERY_LENGTH} ký tự.`,
    })
  const words = [
    ...new Set(
      searchKey(options.query ?? '')
        .split(' ')
        .filter(Boolean),
    ),
  ].slice(0, MAX_TOKENS)
  if (words.length === 0)
    throw searchInputError(req, 'q', {
      en: 'The search needs at least one letter or digit.',
      vi: 'Nội dung tìm kiếm cần ít nhất một chữ cái hoặc chữ số.',
    })
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 10), 1), MAX_SEARCH_LIMIT)
  const page = Math.max(Math.trunc(options.page ?? 1), 1)
  if (page * limit > MAX_SEARCH_WINDOW)
    throw searchInputError(req, 'page', {
      en: `Search results stop at ${MAX_SEARCH_WINDOW}; refine the query.`,
      vi: `Kết quả tìm kiếm chỉ hiển thị tối đa ${MAX_SEARCH_WINDOW} mục; hãy thu hẹp nội dung tìm kiếm.`,
    })
  const searchable = searchableCollections(req.payload)
  const collections = options.collections?.length ? options.collections : [...searchable.keys()]
  const units = await namedUnits(req, options)
  return {
    collections: collections.map((collection) => [collection, searchable.get(collection)!]),
    limit,
    locale: options.locale,
    page,
    units,
    words,
  }
}

const resultsOf = ({ limit, page }: SearchPlan, docs: SearchHit[], totalDocs: number): SearchResults => {
  const totalPages = Math.ceil(totalDocs / limit)
  return { docs, hasNextPage: page < totalPages, limit, page, totalDocs, totalPages }
}

/**
 * Finds content the way people type it: `dang ky ket hon`, `Dang Ky Ket Hon` and `đăng ký kết hôn` all find
 * "Đăng ký kết hôn". Every word of the query must appear in an item's folded title or text keys; items whose
 * title holds every word come first, newest first within each group. Runs with the caller's access, so a portal
 * visitor finds only what the portal shows: visitors in one SQL statement (src/search/publicSearch.ts),
 * signed-in people (and everyone on MongoDB) through Payload.
 */
export const searchContent = async (req: PayloadRequest, options: SearchOptions): Promise<SearchResults> => {
  const plan = await planSearch(req, options)
  if (plan.units?.length === 0) return resultsOf(plan, [], 0)
  const visitor = await publicSearch(req, { ...plan, offset: (plan.page - 1) * plan.limit })
  return visitor ? resultsOf(plan, visitor.hits, visitor.total) : searchThroughPayload(req, plan)
}

/**
 * The search through Payload's finds, with the reader's own access: a find (and its count) per collection for
 * the items with every word in the title, then per collection for the others while the page is not full.
 */
export const searchThroughPayload = async (req: PayloadRequest, plan: SearchPlan): Promise<SearchResults> => {
  const { limit, locale, page, words } = plan
  const window = page * limit
  const units: Where | undefined = plan.units ? { unit: { in: plan.units } } : undefined
  // A search that names its unit is scoped by it, not by the portal it is made from (whose scope would leave out
  // the sub-units a province- or district-wide search asks for): still published items of active units only.
  const reader = units ? ignoringPortal(req) : req

  const inTitle = every(words, (word) => ({ titleKey: { contains: word } }))
  const anywhere = every(words, (word): Where => ({
    or: [{ titleKey: { contains: word } }, { textKey: { contains: word } }],
  }))
  const scoped = (match: Where): Where => (units ? { and: [units, match] } : match)
  const find = async (
    [collection, spec]: [CollectionSlug, SearchSpec],
    match: Where,
    max: number,
    titleMatch: boolean,
  ) => {
    const select = Object.fromEntries(
      [spec.date, spec.heading, spec.subheading, 'slug', 'unit', 'updatedAt']
        .filter(Boolean)
        .map((field) => [field, true]),
    )
    const result = await req.payload.find({
      collection,
      depth: 0,
      limit: max,
      locale,
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
  const titles = await Promise.all(plan.collections.map((each) => find(each, inTitle, window, true)))
  const titleTotal = titles.reduce((sum, part) => sum + part.total, 0)
  const titleHits = titles.flatMap((part) => part.hits).sort(byDateDesc)

  // Then the others; their items are only needed when the titles do not fill the window.
  const rest = await Promise.all(
    plan.collections.map(async (each, index) => {
      if (titleTotal >= window) {
        const { totalDocs } = await req.payload.count({
          collection: each[0],
          locale,
          overrideAccess: false,
          req: reader,
          where: scoped(anywhere),
        })
        return { hits: [], total: totalDocs - titles[index]!.total }
      }
      const titleIds = titles[index]!.hits.map((hit) => hit.id)
      const match = titleIds.length ? { and: [anywhere, { id: { not_in: titleIds } }] } : anywhere
      return find(each, match, window - titleTotal, false)
    }),
  )
  const textHits = rest.flatMap((part) => part.hits).sort(byDateDesc)
  const textTotal = rest.reduce((sum, part) => sum + part.total, 0)

  return resultsOf(plan, [...titleHits, ...textHits].slice((page - 1) * limit, window), titleTotal + textTotal)
}
