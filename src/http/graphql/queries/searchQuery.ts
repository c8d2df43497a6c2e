import type { GraphQLExtension } from 'payload'

import { searchableCollections } from '../../../search/searchable'
import { MAX_SEARCH_LIMIT } from '../../../search/searchContent'
import { runSearch } from '../../../search/searchInput'

/**
 * `search(q, unit, includeSubunits, collections, page, limit, locale)`: one query across news, procedures,
 * legal documents and contacts (src/search/searchContent.ts), for a portal's search box.
 */
export const searchQuery: GraphQLExtension = (GraphQL, payload) => {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } =
    GraphQL
  const SearchCollection = new GraphQLEnumType({
    name: 'SearchCollection',
    values: Object.fromEntries(
      [...searchableCollections(payload).keys()].map((slug) => [slug.replace(/-/g, '_'), { value: slug }]),
    ),
  })
  const SearchHit = new GraphQLObjectType<{ id: unknown; unit: unknown }>({
    name: 'SearchHit',
    fields: {
      collection: { type: new GraphQLNonNull(SearchCollection) },
      date: { type: GraphQLString },
      heading: { type: GraphQLString },
      id: { resolve: (hit) => String(hit.id), type: new GraphQLNonNull(GraphQLString) },
      slug: { type: GraphQLString },
      subheading: { type: GraphQLString },
      titleMatch: { type: new GraphQLNonNull(GraphQLBoolean) },
      unit: { resolve: (hit) => (hit.unit == null ? null : String(hit.unit)), type: GraphQLString },
    },
  })
  const SearchResults = new GraphQLObjectType({
    name: 'SearchResults',
    fields: {
      docs: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(SearchHit))) },
      hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
      limit: { type: new GraphQLNonNull(GraphQLInt) },
      page: { type: new GraphQLNonNull(GraphQLInt) },
      totalDocs: { type: new GraphQLNonNull(GraphQLInt) },
      totalPages: { type: new GraphQLNonNull(GraphQLInt) },
    },
  })
  return {
    search: {
      args: {
        collections: { type: new GraphQLList(new GraphQLNonNull(SearchCollection)) },
        includeSubunits: { defaultValue: false, type: GraphQLBoolean },
        limit: { defaultValue: 10, description: `At most ${MAX_SEARCH_LIMIT}.`, type: GraphQLInt },
        locale: { type: GraphQLString },
        page: { defaultValue: 1, type: GraphQLInt },
        q: { type: new GraphQLNonNull(GraphQLString) },
        unit: {
          description: 'Slug or code of the unit to search; defaults to the portal of the request.',
          type: GraphQLString,
        },
      },
      resolve: (_root: unknown, args: Record<string, never>, context: { req: Parameters<typeof runSearch>[0] }) =>
        runSearch(context.req, { ...args, query: args.q }),
      type: new GraphQLNonNull(SearchResults),
    },
  }
}
