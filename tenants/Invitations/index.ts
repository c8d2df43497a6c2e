import type { Access } from 'payload'

import { declare, systemWide } from '../../src/declaration'
import { roleInUnitRow } from '../fields'
import { scopeIncludes, unitScope, whereInScope } from '../scope'
import { INVITATION_STATUSES, STATUS_LABELS } from './status'
import { sendInvitation } from './hooks/sendInvitation'
import { showExpiry } from './hooks/showExpiry'

/** Unit admins invite to, and see the invitations of, the units they manage; super-admins everywhere. */
const manageInvitations: Access = async ({ req }) =>
  req.user ? whereInScope('unit', await unitScope(req, 'manage')) : false

const inviteToManagedUnit: Access = async ({ data, req }) => {
  if (!req.user) return false
  const scope = await unitScope(req, 'manage')
  return data?.unit === undefined ? scope === 'all' || scope.length > 0 : scopeIncludes(scope, data.unit)
}

/**
 * Invitations: a unit admin invites a person by email to a unit with a role, without typing a password for them.
 * The person gets a one-time link to a welcome page where they choose their password (valid 3 days). Pending
 * invitations are listed here and can be revoked (the account it made, never used, is removed).
 */
export const Invitations = declare(systemWide({ public: false }), {
  slug: 'invitations',
  access: { create: inviteToManagedUnit, delete: () => false, read: manageInvitations, update: manageInvitations },
  admin: {
    defaultColumns: ['email', 'unit', 'role', 'status', 'expiresAt', 'invitedBy'],
    description: {
      en: 'Invite a person by email: they receive a link to choose their password. Revoke an invitation by setting its status to Revoked.',
      vi: 'Mời một người qua thư điện tử: họ nhận liên kết để tự đặt mật khẩu. Thu hồi lời mời bằng cách chọn trạng thái "Đã thu hồi".',
    },
    useAsTitle: 'email',
  },
  defaultSort: '-createdAt',
  hooks: { afterRead: [showExpiry], beforeChange: [sendInvitation] },
  labels: {
    plural: { en: 'Invitations', vi: 'Lời mời' },
    singular: { en: 'Invitation', vi: 'Lời mời' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'email',
          access: { update: () => false },
          index: true,
          label: { en: 'Email', vi: 'Thư điện tử' },
          required: true,
        },
        {
          name: 'name',
          type: 'text',
          access: { update: () => false },
          label: { en: 'Full name', vi: 'Họ và tên' },
          maxLength: 200,
        },
      ],
    },
    roleInUnitRow({ fixed: true }),
    {
      name: 'status',
      type: 'select',
      admin: {
        condition: (_data, _sibling, { operation }) => operation !== 'create',
        description: { en: 'Choose Revoked to withdraw it', vi: 'Chọn "Đã thu hồi" để thu hồi lời mời' },
        position: 'sidebar',
      },
      defaultValue: 'pending',
      index: true,
      label: { en: 'Status', vi: 'Trạng thái' },
      options: INVITATION_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
    },
    {
      name: 'expiresAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      label: { en: 'Link valid until', vi: 'Liên kết hiệu lực đến' },
    },
    {
      name: 'invitedBy',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Invited by', vi: 'Người mời' },
      relationTo: 'users',
    },
    {
      name: 'user',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Account', vi: 'Tài khoản' },
      relationTo: 'users',
    },
  ],
})
