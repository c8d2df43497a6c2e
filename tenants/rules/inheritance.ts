import type { Where } from 'payload'

import { type Id, idOf } from '../../src/base/ids'
import type { Inheritance } from '../../src/declaration'
import type { UnitLevel } from '../levels'

/**
 * The inheritance rule, stated once: a portal shows an item when one of the portal's *sources* is one of the
 * item's *offerings*. A source is "the items of unit U" or "the items of unit U marked for level L"; an item of
 * unit U marked for levels Ls is offered as "an item of U" and as "an item of U marked for L" for each L.
 *
 * Everything else derives from these two functions: which rows an anonymous read may return (`sourcesWhere`),
 * which cache tags a read depends on and a change stamps (src/cache/rules/tags.ts), which portals a webhook
 * tells (`portalsShowingWhere`). The tests beside this file check each derivation against `shows`.
 */
export type Source = { marked?: UnitLevel | string; unit: Id }

/** The portal as the rule needs it: its unit, the units above it (province first) and its level. */
export type PortalUnitShape = { ancestors: Id[]; id: Id; level: UnitLevel }

/** The item as the rule needs it. */
export type ItemShape = { showOnSubunits?: readonly string[] | null; unit?: unknown }

export const sourcesOf = (portal: PortalUnitShape, inherit: Inheritance): Source[] => [
  { unit: portal.id },
  ...(inherit === 'none'
    ? []
    : portal.ancestors.map((unit) => (inherit === 'all' ? { unit } : { marked: portal.level, unit }))),
]

export const offeringsOf = (item: ItemShape): Source[] => {
  const unit = idOf(item.unit)
  if (unit === undefined) return []
  return [{ unit }, ...(item.showOnSubunits ?? []).map((marked) => ({ marked, unit }))]
}

export const sourceKey = (source: Source): string =>
  source.marked ? `${source.unit}>${source.marked}` : String(source.unit)

export const shows = (portal: PortalUnitShape, inherit: Inheritance, item: ItemShape): boolean => {
  const offered = new Set(offeringsOf(item).map(sourceKey))
  return sourcesOf(portal, inherit).some((source) => offered.has(sourceKey(source)))
}

const unitIn = (ids: Id[]): Where => (ids.length === 1 ? { unit: { equals: ids[0] } } : { unit: { in: ids } })

/**
 * A portal's sources as a condition on rows: an item of one of `units`, and of one of `whole` or marked for one
 * of `levels`. `sourcesWhere` states it for Payload; the portal search's SQL (src/search/publicSearch.ts) as SQL.
 */
export type SourcesScope = { levels: string[]; units: Id[]; whole: Id[] }

export const sourcesScope = (sources: Source[]): SourcesScope => ({
  levels: [...new Set(sources.flatMap((source) => (source.marked ? [source.marked] : [])))],
  units: [...new Map(sources.map((source) => [String(source.unit), source.unit])).values()],
  whole: sources.filter((source) => !source.marked).map((source) => source.unit),
})

/**
 * The rows matching a portal's sources. "The units of the sources" is its own condition, so planners read the
 * few units' rows by the unit index (an OR of "own" and "marked by an ancestor" alone made SQLite scan every
 * published item). A portal's marked sources all name its own level, so one `showOnSubunits` test covers them.
 */
export const sourcesWhere = (sources: Source[]): Where => {
  const { levels, units, whole } = sourcesScope(sources)
  if (levels.length === 0) return unitIn(units)
  if (levels.length > 1) throw new Error(`sourcesWhere: one marked level expected, got ${levels.join(', ')}`)
  return { and: [unitIn(units), { or: [unitIn(whole), { showOnSubunits: { in: levels } }] }] }
}

/**
 * The units whose portals show an item (to be read from `units`): its own, and for inherited content the active
 * units below it of the levels it is shown on (or of every level, when everything is inherited).
 */
export const portalsShowingWhere = (inherit: Inheritance, item: ItemShape): Where | undefined => {
  const unit = idOf(item.unit)
  if (unit === undefined) return undefined
  const own: Where = { id: { equals: unit } }
  const levels = item.showOnSubunits ?? []
  if (inherit === 'none' || (inherit === 'marked' && levels.length === 0)) return own
  const below: Where[] = [{ ancestors: { in: [unit] } }, { status: { equals: 'active' } }]
  if (inherit === 'marked') below.push({ level: { in: [...levels] } })
  return { or: [own, { and: below }] }
}
