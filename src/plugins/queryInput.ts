import type { Plugin } from 'payload'

import { declarationOf } from '../declaration'
import { checkQueryInput } from '../query/checkQueryInput'
import { eachCollection, withHooks } from './edit'

/** Every declared collection checks a query's `where` and id before anything else runs (src/query). */
export const queryInput = (): Plugin =>
  eachCollection((collection) =>
    declarationOf(collection) ? withHooks(collection, { first: { beforeOperation: [checkQueryInput] } }) : collection,
  )
