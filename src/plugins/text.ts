import type { Plugin } from 'payload'

import { storeNfc } from '../base/text/storeNfc'
import { eachCollection, withHooks } from './edit'

/** Every collection stores its text in NFC, before anything else validates it. */
export const text = (): Plugin =>
  eachCollection((collection) => withHooks(collection, { first: { beforeValidate: [storeNfc] } }))
