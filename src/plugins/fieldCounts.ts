import type { Plugin } from 'payload'

import { countedByOf } from '../declaration'
import { recountOnChange, recountOnDelete } from '../fieldCounts/hooks'
import { eachCollection, withHooks } from './edit'

/**
 * Collections declared with `countedBy` keep their published items' counts per value of that field up to date
 * (src/fieldCounts), for portals' home pages.
 */
export const fieldCounts = (): Plugin =>
  eachCollection((collection) =>
    countedByOf(collection)
      ? withHooks(collection, { last: { afterChange: [recountOnChange], afterDelete: [recountOnDelete] } })
      : collection,
  )
