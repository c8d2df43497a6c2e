import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { fieldError } from '../../../src/base/errors/fieldError'
import { idOf, sameId } from '../../../src/base/ids'
import { descendantIds, scopeIncludes, unitScope } from '../../scope'
import { type Assignment, isSuperAdmin } from '../../users'

const rowKey = (row: Assignment) => `${String(idOf(row.unit))}|${row.role}|${Boolean(row.includeSubunits)}`

const changedRows = (before: Assignment[], after: Assignment[]): Assignment[] => {
  const beforeKeys = new Set(before.map(rowKey))
  const afterKeys = new Set(after.map(rowKey))
  return [
    ...after.filter((row) => !beforeKeys.has(rowKey(row))),
    ...before.filter((row) => !afterKeys.has(rowKey(row))),
  ]
}

const mayGrant = async (req: PayloadRequest, row: Assignment): Promise<boolean> => {
  const manage = await unitScope(req, 'manage')
  if (!scopeIncludes(manage, row.unit)) return false
  if (!row.includeSubunits) return true
  const below = await descendantIds(req, [idOf(row.unit)!])
  return below.every((unit) => scopeIncludes(manage, unit))
}

/**
 * Who may hand out roles. Nobody changes their own roles or units (another administrator does), so nobody
 * raises themselves. A unit admin grants and withdraws roles only in units they manage (sub-units included only
 * if they manage all of them). Super-admins may do the rest; making a super-admin is refused earlier, in
 * refuseSuperAdminGrant, as field access would otherwise drop the value without a word.
 */
export const guardRoles: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  const before: Assignment[] = originalDoc?.assignments ?? []
  const after: Assignment[] = data.assignments === undefined ? before : (data.assignments ?? [])
  const changes = changedRows(before, after)
  const superAdminChanged =
    data.isSuperAdmin !== undefined && Boolean(data.isSuperAdmin) !== Boolean(originalDoc?.isSuperAdmin)

  if (operation === 'update' && sameId(originalDoc?.id, req.user.id) && (changes.length > 0 || superAdminChanged)) {
    throw fieldError(req, 'users', superAdminChanged ? 'isSuperAdmin' : 'assignments', {
      en: 'You cannot change your own roles or units; ask another administrator.',
      vi: 'Bạn không thể tự thay đổi vai trò hoặc đơn vị của mình; hãy nhờ quản trị viên khác.',
    })
  }
  if (isSuperAdmin(req.user)) return data
  for (const row of changes) {
    if (!(await mayGrant(req, row))) {
      throw fieldError(req, 'users', 'assignments', {
        en: `You cannot grant or withdraw roles in unit ${String(idOf(row.unit))}${row.includeSubunits ? ' and all its sub-units' : ''}.`,
        vi: `Bạn không có quyền cấp hoặc thu hồi vai trò tại đơn vị ${String(idOf(row.unit))}${row.includeSubunits ? ' và toàn bộ đơn vị trực thuộc' : ''}.`,
      })
    }
  }
  return data
}
