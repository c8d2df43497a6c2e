import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { unitScopedOf } from '../declaration'
import { notifyOnChange, notifyOnDelete } from '../webhooks/queueDeliveries'
import { withHooks } from './edit'

const WEBHOOKS = 'webhooks'

/** The `collections` choice of a webhook lists what may be announced, by the collections' own labels. */
const withChoices = (field: Field, announced: CollectionConfig[]): Field =>
  field.type === 'select' && field.name === 'collections'
    ? {
        ...field,
        options: announced.map((collection) => ({
          label: collection.labels?.plural ?? collection.slug,
          value: collection.slug,
        })) as typeof field.options,
      }
    : field

/**
 * Collections declared `webhooks: true` tell the portals that show an item (its own unit's, and those that inherit
 * it) when it is published, unpublished or deleted: signed deliveries queued as jobs (src/webhooks).
 */
export const webhooks =
  (): Plugin =>
  (config: Config): Config => {
    const announced = (config.collections ?? []).filter((collection) => unitScopedOf(collection)?.webhooks)
    return {
      ...config,
      collections: config.collections?.map((collection) => {
        if (collection.slug === WEBHOOKS)
          return { ...collection, fields: collection.fields.map((field) => withChoices(field, announced)) }
        if (!unitScopedOf(collection)?.webhooks) return collection
        return withHooks(collection, { last: { afterChange: [notifyOnChange], afterDelete: [notifyOnDelete] } })
      }),
    }
  }
