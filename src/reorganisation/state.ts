import type { Payload, SanitizedCollectionConfig } from 'payload'

import { vietnameseText } from '../base/locale'
import { unitScopedOf } from '../declaration'
import type { Assignment, Level, State, UnitFact } from './rules/plan'

/**
 * The collections whose items move to a successor: the public content of a unit. A unit's one-per-unit items
 * (its profile) stay with it, as its record; so do its webhooks and their deliveries, which name the old
 * portal's site (the successor's portal has its own).
 */
export const movingCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((collection) => {
    const declaration = unitScopedOf(collection)
    return declaration?.public === true && !declaration.onePerUnit
  })

const idText = (value: unknown): string | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return id === undefined || id === null ? undefined : String(id)
}

/** The units, people and content counts a plan is worked out against (src/reorganisation/rules/plan.ts). */
export const readState = async (payload: Payload): Promise<State> => {
  const common = { depth: 0, limit: 0, overrideAccess: true, pagination: false } as const
  const [units, users] = await Promise.all([
    payload.find({ ...common, collection: 'units', locale: 'vi' }),
    payload.find({ ...common, collection: 'users', select: { assignments: true, email: true, isSuperAdmin: true } }),
  ])
  const counts: State['counts'] = {}
  // One count per collection and unit: 7 × 202 small indexed queries, about a second on the full dataset.
  for (const collection of movingCollections(payload)) {
    for (const unit of units.docs) {
      const { totalDocs } = await payload.count({
        collection: collection.slug as 'news',
        overrideAccess: true,
        where: { unit: { equals: unit.id } },
      })
      if (totalDocs) (counts[String(unit.id)] ??= {})[collection.slug] = totalDocs
    }
  }
  return {
    counts,
    people: users.docs.map((user) => ({
      assignments: (user.assignments ?? []).flatMap((assignment): Assignment[] => {
        const unit = idText(assignment.unit)
        return unit ? [{ includeSubunits: Boolean(assignment.includeSubunits), role: assignment.role, unit }] : []
      }),
      email: user.email,
      id: String(user.id),
      isSuperAdmin: Boolean(user.isSuperAdmin),
    })),
    units: units.docs.map((unit): UnitFact => ({
      code: unit.code,
      domains: (unit.domains ?? []).map((entry) => entry.domain),
      id: String(unit.id),
      level: unit.level as Level,
      name: unit.name,
      parent: idText(unit.parent),
      slug: unit.slug ?? '',
      status: unit.status,
      successor: idText(unit.successor),
    })),
  }
}

/** Collections' names as the admin panel shows them ("Tin tức"), for plan summaries and reports. */
export const collectionLabels = (payload: Payload): Record<string, string> =>
  Object.fromEntries(
    payload.config.collections.map((collection) => [
      collection.slug,
      vietnameseText(collection.labels?.plural) ?? collection.slug,
    ]),
  )
