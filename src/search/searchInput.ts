import type { CollectionSlug, PayloadRequest } from 'payload'

import { requestedSingleLocale } from '../base/locale'
import { searchableCollections } from './searchable'
import { searchContent, searchInputError, type SearchOptions } from './searchContent'

/** Runs a search from loosely typed input (REST query string, GraphQL args); bad input names its field (400). */
export const runSearch = async (
  req: PayloadRequest,
  input: Omit<SearchOptions, 'collections' | 'locale'> & { collections?: string[]; locale?: string },
) => {
  const searchable = [...searchableCollections(req.payload).keys()] as string[]
  const unknown = input.collections?.find((name) => !searchable.includes(name))
  if (unknown)
    throw searchInputError(req, 'collections', {
      en: `"${unknown}" is not searchable (one of ${searchable.join(', ')}).`,
      vi: `Không tìm kiếm được trong "${unknown}" (chỉ một trong: ${searchable.join(', ')}).`,
    })
  const locale = requestedSingleLocale(req, input.locale)
  return searchContent(req, { ...input, collections: input.collections as CollectionSlug[] | undefined, locale })
}
