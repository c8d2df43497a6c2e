import type { Access, FieldAccess } from 'payload'

import { isSuperAdmin } from '../users'

/** Province administrators (super-admins) only: creating and removing units, granting super-admin. */
export const superAdminOnly: Access = ({ req }) => isSuperAdmin(req.user)
export const superAdminOnlyField: FieldAccess = ({ req }) => isSuperAdmin(req.user)
