import type { CollectionConfig, CollectionSlug } from 'payload'

import { type SearchSpec, searchSpecOf } from '../declaration'

/**
 * The collections the portal search looks in, from their declarations, in a stable (alphabetical) order, so
 * the GraphQL enum and the merged results do not depend on the order collections are listed in the config.
 */
export const searchableCollections = (payload: {
  collections: Record<string, { config: Pick<CollectionConfig, 'custom' | 'slug'> }>
}): Map<CollectionSlug, SearchSpec> =>
  new Map(
    Object.values(payload.collections)
      .flatMap(({ config }) => {
        const spec = searchSpecOf(config)
        return spec ? [[config.slug as CollectionSlug, spec] as const] : []
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  )
