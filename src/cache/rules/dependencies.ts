import { type Id, idOf } from '../../base/ids'
import type { Inheritance } from '../../declaration'
import {
  type ItemShape,
  offeringsOf,
  type PortalUnitShape,
  type Source,
  sourcesOf,
} from '../../../tenants/rules/inheritance'
import { anyTag, belowTag, docTag, inheritedTag, UNITS_TAG, unitTag } from './tags'

/** The tag of one source or offering of the inheritance rule: reads record it, changes stamp it. */
const sourceTag = (collection: string, source: Source) =>
  source.marked ? inheritedTag(collection, source.unit, source.marked) : unitTag(collection, source.unit)

/**
 * What a public read of a collection depends on: the units (they decide the portal), then each of the portal's
 * sources, or the whole collection when the request names no portal. Reads of the units themselves depend on
 * the units alone.
 */
export const readTags = (collection: string, portal: PortalUnitShape | undefined, inherit: Inheritance): string[] => {
  if (collection === 'units') return [UNITS_TAG]
  if (!portal) return [UNITS_TAG, anyTag(collection)]
  return [UNITS_TAG, ...sourcesOf(portal, inherit).map((source) => sourceTag(collection, source))]
}

export type ChangedItem = ItemShape & { id: Id }

/**
 * Everything a change to an item can make stale: its own answers, the lists it is (or was) offered in, and the
 * aggregates of every unit above its unit (`ancestorsOf`, read at the edge). A unit's change touches every
 * answer, since units decide which portal a request is for.
 */
export const changeTags = (
  collection: string,
  item: ChangedItem,
  previous: ItemShape | undefined,
  ancestorsOf: (unit: Id) => readonly Id[],
): string[] => {
  const tags = [docTag(collection, item.id), anyTag(collection)]
  if (collection === 'units') return [...tags, UNITS_TAG]
  const offerings = [...offeringsOf(item), ...(previous ? offeringsOf(previous) : [])]
  tags.push(...offerings.map((offering) => sourceTag(collection, offering)))
  for (const unit of unitsOf(item, previous))
    tags.push(...ancestorsOf(unit).map((ancestor) => belowTag(collection, ancestor)))
  return [...new Set(tags)]
}

/** The units an item belongs to before and after a change (one, or two when it moved). */
export const unitsOf = (item: ItemShape, previous?: ItemShape): Id[] => {
  const ids = [idOf(item.unit), idOf(previous?.unit)].filter((id): id is Id => id !== undefined)
  return [...new Map(ids.map((id) => [String(id), id])).values()]
}
