import { declare, systemWide } from '../../src/declaration'
import { roleInUnitRow } from '../fields'
import { INVITATION_VALID_MS } from '../provisioning/inviteUser'
import { throttleResetRequests } from './hooks/throttleResetRequests'
import { createUsers, deleteUsers, readUsers, superAdminOnlyField, updateUsers } from './access'
import { acceptInvitations } from './hooks/acceptInvitations'
import { computeMemberOf } from './hooks/computeMemberOf'
import { sameOriginSession } from './auth/sameOriginSession'
import { guardRoles } from './hooks/guardRoles'
import { makeFirstUserSuperAdmin } from './hooks/makeFirstUserSuperAdmin'
import { refuseSuperAdminGrant } from './hooks/refuseSuperAdminGrant'
import { summarizeRoles } from './hooks/summarizeRoles'

export const Users = declare(systemWide({ public: false }), {
  slug: 'users',
  access: {
    create: createUsers,
    delete: deleteUsers,
    read: readUsers,
    update: updateUsers,
  },
  admin: {
    defaultColumns: ['name', 'email', 'rolesSummary'],
    useAsTitle: 'email',
  },
  auth: {
    // Payload's minRequestInterval deadlocks on SQLite; hooks/throttleResetRequests.ts limits requests instead.
    forgotPassword: { expiration: INVITATION_VALID_MS, minRequestInterval: 0 },
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 10,
    strategies: [sameOriginSession],
  },
  hooks: {
    beforeChange: [makeFirstUserSuperAdmin, guardRoles, summarizeRoles],
    afterOperation: [acceptInvitations],
    beforeOperation: [refuseSuperAdminGrant, throttleResetRequests],
  },
  labels: {
    plural: { en: 'Users', vi: 'Người dùng' },
    singular: { en: 'User', vi: 'Người dùng' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Full name', vi: 'Họ và tên' },
      maxLength: 200,
    },
    {
      name: 'isSuperAdmin',
      type: 'checkbox',
      access: { create: superAdminOnlyField, update: superAdminOnlyField },
      admin: { position: 'sidebar' },
      // Shown ticked on the create-first-user screen, since that person becomes one (makeFirstUserSuperAdmin).
      defaultValue: async ({ req }) =>
        (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0,
      index: true,
      label: { en: 'Super-admin (all units)', vi: 'Quản trị hệ thống (mọi đơn vị)' },
    },
    {
      name: 'assignments',
      type: 'array',
      admin: { initCollapsed: false },
      label: { en: 'Roles in units', vi: 'Vai trò tại đơn vị' },
      labels: { plural: { en: 'Roles', vi: 'Vai trò' }, singular: { en: 'Role', vi: 'Vai trò' } },
      fields: [roleInUnitRow()],
    },
    {
      name: 'rolesSummary',
      type: 'text',
      access: { create: () => false, update: () => false },
      // Shown as a list column, not in the form.
      admin: { condition: () => false, readOnly: true },
      label: { en: 'Roles and units', vi: 'Vai trò và đơn vị' },
    },
    {
      name: 'memberOf',
      type: 'array',
      access: { create: () => false, update: () => false },
      admin: {
        description: {
          en: 'Worked out from the roles above, sub-units included',
          vi: 'Tính từ các vai trò ở trên, gồm cả đơn vị trực thuộc',
        },
        readOnly: true,
      },
      hooks: { afterRead: [computeMemberOf] },
      label: { en: 'Works in', vi: 'Làm việc tại' },
      virtual: true,
      fields: [{ name: 'unit', type: 'relationship', label: { en: 'Unit', vi: 'Đơn vị' }, relationTo: 'units' }],
    },
  ],
})
