import type { CollectionSlug, PayloadRequest } from 'payload'

import { searchableCollections } from './searchable'
import { searchContent, searchInputError, type SearchOptions } from './searchContent'

/** Runs a search from loosely typed input (REST query string, GraphQL args); bad input names its field (400). */
export const runSearch = async (
  req: PayloadRequest,
  input: Omit<SearchOptions, 'collections'> & { collections?: string[] },
) => {
  const searchable = [...searchableCollections(req.payload).keys()] as string[]
  const unknown = input.collections?.find((name) => !searchable.includes(name))
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  if (unknown)
    throw searchInputError(req, 'collections', `"${unknown}" is not searchable (one of ${searchable.join(', ')}).`)
  if (input.locale && !locales.includes(input.locale))
    throw searchInputError(req, 'locale', `locale must be one of ${locales.join(', ')}.`)
  return searchContent(req, { ...input, collections: input.collections as CollectionSlug[] | undefined })
}
