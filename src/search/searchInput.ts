import type { PayloadRequest } from 'payload'

import { SEARCHABLE_COLLECTIONS, type SearchableCollection } from './searchable'
import { searchContent, searchInputError, type SearchOptions } from './searchContent'

/** Runs a search from loosely typed input (REST query string, GraphQL args); bad input names its field (400). */
export const runSearch = async (req: PayloadRequest, input: Omit<SearchOptions, 'collections'> & { collections?: string[] }) => {
  const unknown = input.collections?.find((name) => !(SEARCHABLE_COLLECTIONS as string[]).includes(name))
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  if (unknown) throw searchInputError(req, 'collections', `"${unknown}" is not searchable (one of ${SEARCHABLE_COLLECTIONS.join(', ')}).`)
  if (input.locale && !locales.includes(input.locale)) throw searchInputError(req, 'locale', `locale must be one of ${locales.join(', ')}.`)
  return searchContent(req, { ...input, collections: input.collections as SearchableCollection[] | undefined })
}
