import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../../src/base/ids'
import { ROLE_LABELS } from '../../roles'
import { findUnits } from '../../unitQueries'
import type { Assignment } from '../../users'

/**
 * "Biên tập viên – Phường 1 – TP Mỹ Tho (28261)": a person's roles in words, kept with the person so the users
 * list can show unit and role in a column without a query per row.
 */
export const summarizeRoles: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const assignments: Assignment[] = data.assignments ?? originalDoc?.assignments ?? []
  const ids = assignments.map((row) => idOf(row.unit)).filter((id) => id !== undefined)
  const units =
    ids.length === 0 ? [] : await findUnits<{ title?: string | null }>(req, { id: { in: ids } }, { title: true })
  const titles = new Map(units.map((unit) => [String(unit.id), unit.title]))
  const parts = assignments.map((row) => {
    const role = ROLE_LABELS[row.role]?.vi.replace(/ \(.*\)$/, '') ?? row.role
    const unit = titles.get(String(idOf(row.unit))) ?? String(idOf(row.unit))
    return `${role} – ${unit}${row.includeSubunits ? ' (cả đơn vị trực thuộc)' : ''}`
  })
  const superAdmin = data.isSuperAdmin ?? originalDoc?.isSuperAdmin
  return { ...data, rolesSummary: [...(superAdmin ? ['Quản trị hệ thống'] : []), ...parts].join('; ') || null }
}
