import type { Config, Field, FilterOptionsProps, Plugin, Where } from 'payload'

import { idOf } from '../src/base/ids'
import { unitScopedOf } from '../src/declaration'
import { askOncePerRequest } from './oncePerRequest'
import { ancestorIdsOf } from './scope'

/** Marks a relationship that may point at items of the item's own unit and of the units above it. */
export const LINKS_TO_ANCESTOR_UNITS = { linksToAncestorUnits: true }

const ownAndAncestorUnits = async ({ data, req }: FilterOptionsProps): Promise<boolean | Where> => {
  const unit = idOf(data?.unit)
  if (unit === undefined) return true
  // Asked once per request: an import validates a thousand items of one unit.
  const ancestors = await askOncePerRequest(req, `ancestors of unit ${unit}`, () =>
    ancestorIdsOf(req, [unit]).catch(() => []),
  )
  return { unit: { in: [unit, ...ancestors] } }
}

const ownUnit = ({ data }: FilterOptionsProps): boolean | Where => {
  const unit = idOf(data?.unit)
  return unit === undefined ? true : { unit: { equals: unit } }
}

const pointsAt = (relationTo: string | string[], slugs: ReadonlySet<string>) =>
  (Array.isArray(relationTo) ? relationTo : [relationTo]).some((slug) => slugs.has(slug))

const withAncestorLinks = (fields: Field[], unitScoped: ReadonlySet<string>): Field[] =>
  fields.map((field) => {
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withAncestorLinks(field.fields, unitScoped) } as Field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withAncestorLinks(tab.fields, unitScoped) })),
      }
    if (field.type === 'relationship' && field.custom?.linksToAncestorUnits)
      return { ...field, filterOptions: ownAndAncestorUnits }
    // The multi-tenant plugin scopes relationship fields only: an upload (a cover, attachments) could point at
    // another unit's file. Uploads of unit content are limited the same way, to the own unit unless marked.
    if (field.type === 'upload' && pointsAt(field.relationTo, unitScoped))
      return { ...field, filterOptions: field.custom?.linksToAncestorUnits ? ownAndAncestorUnits : ownUnit }
    return field
  })

const unitScopedSlugs = (config: Config): Set<string> =>
  new Set((config.collections ?? []).filter((collection) => unitScopedOf(collection)).map(({ slug }) => slug))

/**
 * The multi-tenant plugin limits every relationship between unit content to the item's own unit. A legal basis
 * or a related document often belongs to a unit above (a commune procedure rests on a province decision), so
 * fields marked with LINKS_TO_ANCESTOR_UNITS get the own unit and its ancestors instead, in the admin panel's
 * choices and in server-side validation alike. Runs after the plugin.
 */
export const linksToAncestorUnits =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => ({
      ...collection,
      fields: unitScopedOf(collection)
        ? withAncestorLinks(collection.fields, unitScopedSlugs(config))
        : withAncestorLinks(collection.fields, new Set()),
    })),
  })
