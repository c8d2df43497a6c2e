import type { FlattenedField, Payload, PayloadRequest, Where } from 'payload'

import { type Id, idsOf } from '../../base/ids'
import { vietnameseText } from '../../base/locale'
import { CENTRAL_BODIES, NATIONAL_FIELDS } from './lists'
import { bodiesOfUnit, type ChoiceList, mergeChoices, type UnitForBodies } from './rules'

/** Marks a text field whose values come from a choice list (src/plugins/choices.ts gives it the rest). */
export const choicesFrom = (list: ChoiceList) => ({ choices: list })

/** The list a field takes its choices from, if it is marked. */
export const choiceListOf = (field: { custom?: Record<string, unknown> }): ChoiceList | undefined =>
  field.custom?.choices as ChoiceList | undefined

type StoredUnit = { ancestors?: unknown[] | null; id: Id; level: string; name: unknown }

/**
 * The unit and the units above it, nearest first, in Vietnamese. Read through the adapter: the Local API given
 * `req` and a locale would switch the request's locale (see tenants/Units/hooks/setTitle.ts).
 */
const unitAndAncestors = async (req: PayloadRequest, unit: Id): Promise<UnitForBodies[]> => {
  const read = async (where: Where) =>
    (await req.payload.db.find({ collection: 'units', limit: 0, locale: 'vi', pagination: false, req, where }))
      .docs as StoredUnit[]
  const [own] = await read({ id: { equals: unit } })
  if (!own) return []
  const ancestors = idsOf(own.ancestors)
  const above = ancestors.length ? await read({ id: { in: ancestors } }) : []
  const byId = new Map(above.map((found) => [String(found.id), found]))
  const nearestFirst = [...ancestors].reverse().flatMap((id) => byId.get(String(id)) ?? [])
  return [own, ...nearestFirst].map(({ level, name }) => ({ level, name: vietnameseText(name) ?? '' }))
}

/**
 * The ready-made values of a list: the national fields; or the bodies of the document's unit and of the units
 * above it, nearest first, then the central bodies.
 */
export const readyMadeChoices = async (req: PayloadRequest, list: ChoiceList, unit?: Id): Promise<string[]> => {
  if (list === 'fields') return [...NATIONAL_FIELDS]
  const units = unit === undefined ? [] : await unitAndAncestors(req, unit)
  return mergeChoices(...units.map(bodiesOfUnit), CENTRAL_BODIES)
}

/** Where a list's values are stored: every text field marked with it, in every collection. */
const fieldsWithList = (payload: Payload, list: ChoiceList) =>
  payload.config.collections.flatMap(({ flattenedFields, slug }) =>
    flattenedFields
      .filter((field: FlattenedField) => field.type === 'text' && choiceListOf(field) === list)
      .map((field) => ({ collection: slug, field: field.name })),
  )

/** How many values already typed a list offers at most, per field (the most used spelling first is not kept). */
const USED_LIMIT = 300

/**
 * The values people have already typed into a list's fields, across the province (Vietnamese texts), so a
 * local field or body typed once is offered the next time, spelled the same way.
 */
export const usedChoices = async (payload: Payload, list: ChoiceList): Promise<string[]> => {
  const found = await Promise.all(
    fieldsWithList(payload, list).map(async ({ collection, field }) => {
      const { values } = await payload.findDistinct({
        collection: collection as 'procedures',
        field,
        limit: USED_LIMIT,
        locale: 'vi',
        overrideAccess: true,
        sort: field,
      })
      return values.map((value) => (value as Record<string, unknown>)[field]).filter((v) => typeof v === 'string')
    }),
  )
  return found.flat() as string[]
}
