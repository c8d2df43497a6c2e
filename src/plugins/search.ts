import type { CollectionConfig, Plugin } from 'payload'

import { searchSpecOf } from '../declaration'
import { searchKeyFields, setSearchKeys } from '../search/searchKeyFields'
import { eachCollection, withFields, withHooks } from './edit'

/** Collections declared with `search` store folded search keys, kept in step on every save (src/search). */
const addSearchKeys = (collection: CollectionConfig): CollectionConfig =>
  searchSpecOf(collection)
    ? withHooks(withFields(collection, searchKeyFields), { last: { beforeChange: [setSearchKeys] } })
    : collection

export const search = (): Plugin => eachCollection(addSearchKeys)
