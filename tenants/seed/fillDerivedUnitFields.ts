import type { Payload } from 'payload'

import { idOf } from '../../src/base/ids'
import type { UnitLevel } from '../levels'
import { treeKey, unitTitle } from '../naming'

type UnitRow = {
  code: string
  id: number | string
  level: UnitLevel
  name: string
  parent?: unknown
  title?: string | null
  treeKey?: string | null
}

const missing = (field: string) => ({ or: [{ [field]: { exists: false } }, { [field]: { equals: '' } }] })

/**
 * Units stored before their derived fields existed get them: the title pickers show
 * (tenants/Units/hooks/setTitle.ts) and the place in the tree they sort by (setAncestors.ts), computed from the
 * stored Vietnamese names and parents and written directly, since nothing else about the unit changes. A no-op
 * once every unit has both (one count query at start).
 */
export const fillDerivedUnitFields = async (payload: Payload): Promise<number> => {
  const { totalDocs } = await payload.count({
    collection: 'units',
    overrideAccess: true,
    where: { or: [missing('title'), missing('treeKey')] },
  })
  if (totalDocs === 0) return 0
  const { docs } = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    locale: 'vi',
    overrideAccess: true,
    pagination: false,
    select: { code: true, level: true, name: true, parent: true, title: true, treeKey: true },
  })
  const units = docs as unknown as UnitRow[]
  const byId = new Map(units.map((unit) => [String(unit.id), unit]))
  const keys = new Map<string, string>()
  // Parents' keys first; a parent cycle cannot be stored (validateHierarchy), the depth bound guards anyway.
  const keyOf = (unit: UnitRow, depth = 0): string => {
    const known = keys.get(String(unit.id))
    if (known) return known
    const parent = byId.get(String(idOf(unit.parent)))
    const key = treeKey({ ...unit, parentKey: parent && depth < 10 ? keyOf(parent, depth + 1) : undefined })
    keys.set(String(unit.id), key)
    return key
  }
  let filled = 0
  for (const unit of units) {
    const parent = byId.get(String(idOf(unit.parent)))
    const title = unitTitle({ ...unit, parent: parent && { level: parent.level, name: parent.name } })
    const key = keyOf(unit)
    if (unit.title === title && unit.treeKey === key) continue
    await payload.db.updateOne({ collection: 'units', data: { title, treeKey: key }, id: unit.id })
    filled += 1
  }
  return filled
}
