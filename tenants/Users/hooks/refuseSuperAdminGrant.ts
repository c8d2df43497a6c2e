import type { CollectionBeforeOperationHook } from 'payload'

import { fieldError } from '../../../src/base/errors/fieldError'
import { isSuperAdmin } from '../../users'

/**
 * Only a super-admin makes a super-admin. Field access alone would silently drop `isSuperAdmin: true` sent by
 * anyone else; this answers with a clear error instead, before anything is written.
 */
export const refuseSuperAdminGrant: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const wantsSuperAdmin = (args as { data?: { isSuperAdmin?: unknown } }).data?.isSuperAdmin === true
  if (wantsSuperAdmin && req.user && !isSuperAdmin(req.user)) {
    throw fieldError(req, 'users', 'isSuperAdmin', {
      en: 'Only a super-admin can make a super-admin.',
      vi: 'Chỉ quản trị hệ thống mới có thể cấp quyền quản trị hệ thống.',
    })
  }
  return args
}
