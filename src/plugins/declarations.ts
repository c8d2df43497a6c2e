import type { CollectionConfig, Config, Plugin } from 'payload'

import { ConfigError } from '../base/errors/ConfigError'
import { declarationOf } from '../declaration'
import { hasField } from './edit'

/** Fields Payload adds to every collection, which a search may order by. */
const AUTOMATIC_FIELDS = new Set(['id', 'createdAt', 'updatedAt'])

/** What is wrong with one collection's declaration, as sentences naming it (none: it is sound). */
export const declarationProblems = (collection: CollectionConfig): string[] => {
  const declaration = declarationOf(collection)
  const name = `Collection "${collection.slug}"`
  if (!declaration) {
    return [
      `${name} has no declaration: wrap it in declare(unitScoped({…}) or systemWide({…}), {…}) (src/declaration).`,
    ]
  }
  const problems: string[] = []
  if ((collection as { versions?: unknown }).versions !== undefined) {
    problems.push(`${name} sets versions itself; say drafts: { maxVersions } in its declaration instead.`)
  }
  if (declaration.scope === 'system') return problems
  if (hasField(collection.fields, 'unit')) problems.push(`${name} has a field "unit": the tenancy plugin adds it.`)
  if (declaration.inherit === 'marked' && hasField(collection.fields, 'showOnSubunits')) {
    problems.push(`${name} has a field "showOnSubunits": the tenancy plugin adds it for inherit: 'marked'.`)
  }
  if (!declaration.public && (declaration.search || declaration.webhooks)) {
    problems.push(`${name} is not public, so it can be neither searched nor announced by webhooks.`)
  }
  if (declaration.countedBy !== undefined) {
    if (!declaration.public) problems.push(`${name} is not public, so portals cannot show its counts (countedBy).`)
    if (!hasField(collection.fields, declaration.countedBy))
      problems.push(`${name}: countedBy names "${declaration.countedBy}", which is not one of its fields.`)
  }
  if (declaration.access === 'own' && !collection.access?.read) {
    problems.push(`${name} declares access: 'own' but has no access.read of its own.`)
  }
  if (declaration.access !== 'own' && collection.access && Object.keys(collection.access).length > 0) {
    problems.push(
      `${name} has access rules of its own; declare access: 'own' to keep them (else unit-content access applies).`,
    )
  }
  const search = declaration.search
  if (search) {
    const named = new Set([
      ...search.title,
      ...search.text,
      search.heading,
      ...(search.subheading ? [search.subheading] : []),
    ])
    for (const field of named)
      if (!hasField(collection.fields, field))
        problems.push(`${name}: search names "${field}", which is not one of its fields.`)
    if (!AUTOMATIC_FIELDS.has(search.date) && !hasField(collection.fields, search.date)) {
      problems.push(`${name}: search orders by "${search.date}", which is not one of its fields.`)
    }
    for (const field of ['titleKey', 'textKey'])
      if (hasField(collection.fields, field))
        problems.push(`${name} has a field "${field}": the search plugin adds it.`)
  }
  return problems
}

/**
 * The first plugin: every collection is declared, and soundly. A config that breaks the rules of
 * src/declaration does not build, and the error names each collection and what to change.
 */
export const checkDeclarations =
  (): Plugin =>
  (config: Config): Config => {
    const problems = (config.collections ?? []).flatMap(declarationProblems)
    if (problems.length > 0)
      throw new ConfigError(`The collections' declarations are not sound:\n- ${problems.join('\n- ')}`)
    return config
  }
