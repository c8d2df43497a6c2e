import type { CollectionConfig, Config, Field } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>
type HookLists = { [K in keyof Hooks]?: NonNullable<Hooks[K]> }

/** The collection with hooks run before its own (`first`) and after them (`last`), of each kind given. */
export const withHooks = (
  collection: CollectionConfig,
  { first = {}, last = {} }: { first?: HookLists; last?: HookLists },
): CollectionConfig => {
  const hooks: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]>) }
  for (const [kind, list] of Object.entries(first as Record<string, unknown[]>))
    hooks[kind] = [...list, ...(hooks[kind] ?? [])]
  for (const [kind, list] of Object.entries(last as Record<string, unknown[]>))
    hooks[kind] = [...(hooks[kind] ?? []), ...list]
  return { ...collection, hooks: hooks as Hooks }
}

export const withFields = (collection: CollectionConfig, fields: Field[]): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, ...fields],
})

/** A plugin that changes each collection the way `edit` says (returning it unchanged where nothing applies). */
export const eachCollection =
  (edit: (collection: CollectionConfig) => CollectionConfig) =>
  (config: Config): Config => ({ ...config, collections: config.collections?.map(edit) })

/** Whether a collection has a top-level data field of this name (rows and unnamed groups looked into). */
export const hasField = (fields: readonly Field[], name: string): boolean =>
  fields.some((field) =>
    'name' in field
      ? field.name === name
      : 'fields' in field
        ? hasField(field.fields, name)
        : field.type === 'tabs' && field.tabs.some((tab) => !('name' in tab) && hasField(tab.fields, name)),
  )

/** The fields with `edit` applied to every data field, however deep in rows, groups, arrays, blocks' siblings or tabs. */
export const mapFields = (fields: Field[], edit: (field: Field) => Field): Field[] =>
  fields.map((field): Field => {
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, edit) })) }
    if ('fields' in field && Array.isArray(field.fields))
      return edit({ ...field, fields: mapFields(field.fields, edit) } as Field)
    return edit(field)
  })

/** A plugin that changes every field of every collection the way `edit` says. */
export const eachField = (edit: (field: Field) => Field) =>
  eachCollection((collection) => ({ ...collection, fields: mapFields(collection.fields, edit) }))
