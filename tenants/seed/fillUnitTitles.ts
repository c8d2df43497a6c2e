import type { Payload } from 'payload'

import { idOf } from '../../src/base/ids'
import type { UnitLevel } from '../levels'
import { unitTitle } from '../naming'

type UnitRow = {
  code: string
  id: number | string
  level: UnitLevel
  name: string
  parent?: unknown
  title?: string | null
}

/**
 * Units stored before titles existed (tenants/Units/hooks/setTitle.ts) get theirs: computed from the stored
 * Vietnamese names and written directly, since nothing else about the unit changes. A no-op once every unit has
 * one (one count query at start).
 */
export const fillUnitTitles = async (payload: Payload): Promise<number> => {
  const missing = await payload.count({
    collection: 'units',
    overrideAccess: true,
    where: { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
  })
  if (missing.totalDocs === 0) return 0
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    locale: 'vi',
    overrideAccess: true,
    pagination: false,
    select: { code: true, level: true, name: true, parent: true, title: true },
  })
  const units = docs as unknown as UnitRow[]
  const byId = new Map(units.map((unit) => [String(unit.id), unit]))
  let filled = 0
  for (const unit of units) {
    const parent = byId.get(String(idOf(unit.parent)))
    const title = unitTitle({ ...unit, parent: parent && { level: parent.level, name: parent.name } })
    if (unit.title === title) continue
    await payload.db.updateOne({ collection: 'units', data: { title }, id: unit.id })
    filled += 1
  }
  return filled
}
