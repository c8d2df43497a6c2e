/** What a role lets its holder do in the units it is assigned (and, with `includeSubunits`, those below). */
export const ROLES = ['unit-admin', 'approver', 'editor'] as const
export type Role = (typeof ROLES)[number]

export const CAPABILITIES = ['read', 'write', 'publish', 'delete', 'manage'] as const
export type Capability = (typeof CAPABILITIES)[number]

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  approver: ['read', 'write', 'publish', 'delete'],
  editor: ['read', 'write'],
  'unit-admin': ['read', 'write', 'publish', 'delete', 'manage'],
}

export const ROLE_LABELS: Record<Role, { en: string; vi: string }> = {
  approver: { en: 'Approver (publishes)', vi: 'Người duyệt (xuất bản)' },
  editor: { en: 'Editor (drafts)', vi: 'Biên tập viên (soạn nháp)' },
  'unit-admin': { en: 'Unit administrator', vi: 'Quản trị đơn vị' },
}

/** Higher ranks include every capability of the lower ones. */
export const ROLE_RANK: Record<Role, number> = { approver: 2, editor: 1, 'unit-admin': 3 }
