import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { type Id, idOf } from '../../../src/base/ids'
import { vietnameseText } from '../../../src/base/locale'
import type { Unit } from '../../../payload-types'
import type { UnitLevel } from '../../levels'
import { unitTitle } from '../../naming'

/**
 * A unit as stored, in Vietnamese. Read through the adapter: the Local API given `req` and a locale would switch
 * the request's own locale to it, and the save in progress (say in English) would then write into Vietnamese.
 */
const vietnameseOf = async (req: PayloadRequest, id: Id) => {
  const unit = await req.payload.db.findOne<Unit>({
    collection: 'units',
    locale: 'vi',
    req,
    where: { id: { equals: id } },
  })
  if (!unit) throw new Error(`unit ${id} not found`)
  return { ...unit, name: vietnameseText(unit.name) }
}

/**
 * Keeps `title` ("Phường 1 – TP Mỹ Tho (28261)", tenants/naming.ts), the name unit pickers show, in step with the
 * unit's Vietnamese name, code and parent. A rename of a district re-saves its communes (updateDescendantAncestors),
 * which brings their titles along.
 */
export const setTitle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const code = (data.code ?? originalDoc?.code) as string | undefined
  const level = (data.level ?? originalDoc?.level) as UnitLevel | undefined
  // Saved in another language, the Vietnamese name is the stored one.
  const editingVietnamese = !req.locale || req.locale === 'vi' || req.locale === 'all'
  const given: unknown =
    editingVietnamese || !originalDoc
      ? (data.name ?? originalDoc?.name)
      : (await vietnameseOf(req, originalDoc.id)).name
  const name = vietnameseText(given)
  if (typeof name !== 'string' || !name.trim() || !code || !level) return data
  const parentId = idOf(data.parent === undefined ? originalDoc?.parent : data.parent)
  const parent = parentId === undefined ? undefined : await vietnameseOf(req, parentId).catch(() => undefined)
  const title = unitTitle({
    code,
    level,
    name,
    parent: parent && { level: parent.level as UnitLevel, name: String(parent.name) },
  })
  return { ...data, title }
}
