import type { Access, Field } from 'payload'

import { AUDIT_ACTIONS, AUDIT_COLLECTION, type AuditAction } from '../../src/audit/actions'
import { declare, systemWide } from '../../src/declaration'
import { unitScope } from '../../tenants/scope'

/** Super-admins read the whole log; a unit's admins read what happened in the units they manage. */
const readAudit: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitScope(req, 'manage')
  if (scope === 'all') return true
  return scope.length === 0 ? false : { unitId: { in: scope.map(String) } }
}

/** Nobody writes, changes or removes an entry through any interface; the system appends (src/audit/record.ts). */
const nobody: Access = () => false

const text = (name: string, label: { en: string; vi: string }, extra: Partial<Field> = {}): Field =>
  ({ name, type: 'text', admin: { readOnly: true }, label, ...extra }) as Field

/**
 * The audit log: who did what, when, from which address, in which unit, to which item, which fields changed.
 * Append-only and chained by hash (`npm run audit -- verify` finds any entry edited or removed in the database).
 * People and units are kept as ids and names, not relationships: a later deletion must not rewrite history.
 */
export const AuditEntries = declare(systemWide({ audit: false, public: false }), {
  slug: AUDIT_COLLECTION,
  access: { create: nobody, delete: nobody, read: readAudit, update: nobody },
  admin: {
    components: { beforeListTable: ['/src/admin/AuditExportLink#AuditExportLink'] },
    defaultColumns: ['at', 'action', 'actorEmail', 'unitTitle', 'collection', 'documentTitle'],
    description: {
      en: 'Who did what, when and where. Entries cannot be changed or removed.',
      vi: 'Ai đã làm gì, khi nào, ở đâu. Không thể sửa hay xóa mục nào.',
    },
    listSearchableFields: ['actorEmail', 'documentTitle', 'unitTitle'],
    useAsTitle: 'documentTitle',
  },
  defaultSort: '-sequence',
  labels: {
    plural: { en: 'Audit log', vi: 'Nhật ký hệ thống' },
    singular: { en: 'Audit entry', vi: 'Mục nhật ký' },
  },
  indexes: [{ fields: ['unitId', 'at'] }],
  fields: [
    {
      name: 'sequence',
      type: 'number',
      admin: { readOnly: true },
      index: true,
      label: { en: 'No.', vi: 'Số thứ tự' },
      required: true,
      unique: true,
    },
    {
      name: 'at',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true },
      index: true,
      label: { en: 'When', vi: 'Thời điểm' },
      required: true,
    },
    {
      name: 'action',
      type: 'select',
      admin: { readOnly: true },
      index: true,
      label: { en: 'Action', vi: 'Hành động' },
      options: (Object.keys(AUDIT_ACTIONS) as AuditAction[]).map((value) => ({ label: AUDIT_ACTIONS[value], value })),
      required: true,
    },
    text('actorId', { en: 'Person (id)', vi: 'Mã người thực hiện' }, { index: true }),
    text('actorEmail', { en: 'Person', vi: 'Người thực hiện' }, { index: true }),
    text('address', { en: 'From address', vi: 'Địa chỉ IP' }),
    text('unitId', { en: 'Unit (id)', vi: 'Mã đơn vị' }, { index: true }),
    text('unitTitle', { en: 'Unit', vi: 'Đơn vị' }),
    text('collection', { en: 'Collection', vi: 'Danh mục' }, { index: true }),
    text('documentId', { en: 'Item (id)', vi: 'Mã mục' }, { index: true }),
    text('documentTitle', { en: 'Item', vi: 'Mục' }),
    {
      name: 'changes',
      type: 'json',
      admin: { readOnly: true },
      label: { en: 'Changed fields', vi: 'Các trường thay đổi' },
    },
    text('previousHash', { en: 'Previous entry’s hash', vi: 'Mã băm mục trước' }),
    text('hash', { en: 'Hash', vi: 'Mã băm' }, { index: true }),
  ],
})
