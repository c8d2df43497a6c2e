import { declare, systemWide } from '../../src/declaration'
import { LEVEL_LABELS, UNIT_LEVELS, UNIT_STATUSES } from '../levels'
import { readUnits, superAdminOnly, superAdminOnlyField, updateUnits } from './access'
import { assignSlugAndDomain } from './hooks/assignSlugAndDomain'
import { createDefaultCategories } from './hooks/createDefaultCategories'
import { createProfile } from './hooks/createProfile'
import { inviteFirstAdmin } from './hooks/inviteFirstAdmin'
import { refuseDeletingParents } from './hooks/refuseDeletingParents'
import { removeInvitations } from './hooks/removeInvitations'
import { setAncestors, updateDescendantAncestors } from './hooks/setAncestors'
import { setTitle } from './hooks/setTitle'
import { searchUnitsByCodeAndSlug } from './hooks/searchUnitsByCodeAndSlug'
import { validateHierarchy } from './hooks/validateHierarchy'
import { validateUnit } from './hooks/validateUnit'
import { forgetUnitsOnChange } from '../unitDirectory'
import { validateDomain, validatePreviewUrl, validateUnitCode } from './validators'

const STATUS_LABELS = {
  active: { en: 'Active', vi: 'Đang hoạt động' },
  dissolved: { en: 'Dissolved', vi: 'Đã giải thể' },
  merged: { en: 'Merged', vi: 'Đã sáp nhập' },
}

/** The tenants: the province, its departments, districts and communes, each with its own portal. */
export const Units = declare(systemWide({ public: true }), {
  slug: 'units',
  access: {
    create: superAdminOnly,
    delete: superAdminOnly,
    read: readUnits,
    update: updateUnits,
  },
  admin: {
    // The units as a tree above the list (province → departments and districts → communes).
    components: { beforeList: ['/src/admin/UnitTree#UnitTree'] },
    defaultColumns: ['title', 'level', 'parent', 'status'],
    listSearchableFields: ['title', 'name', 'code', 'slug'],
    // Pickers show and search this: "Phường 1 – TP Mỹ Tho (28261)" (hooks/setTitle.ts).
    useAsTitle: 'title',
  },
  // Tree order: the province, its departments, each district followed by its communes.
  defaultSort: 'treeKey',
  labels: {
    plural: { en: 'Units', vi: 'Đơn vị' },
    singular: { en: 'Unit', vi: 'Đơn vị' },
  },
  hooks: {
    // forgetUnitsOnChange: the process's unit directory (portals by address, active units) is read again.
    afterChange: [
      forgetUnitsOnChange,
      updateDescendantAncestors,
      createProfile,
      createDefaultCategories,
      inviteFirstAdmin,
    ],
    afterDelete: [forgetUnitsOnChange],
    beforeChange: [validateHierarchy, setAncestors, assignSlugAndDomain, setTitle, validateUnit],
    beforeOperation: [searchUnitsByCodeAndSlug],
    beforeDelete: [refuseDeletingParents, removeInvitations],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', vi: 'Tên đơn vị' },
      localized: true,
      maxLength: 200,
      required: true,
    },
    {
      name: 'title',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: {
        description: {
          en: 'How pickers show the unit: name, district for a commune, code',
          vi: 'Tên hiển thị khi chọn đơn vị: tên, huyện (với cấp xã), mã',
        },
        position: 'sidebar',
        readOnly: true,
      },
      index: true,
      label: { en: 'Display name', vi: 'Tên hiển thị' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          access: { update: superAdminOnlyField },
          admin: {
            description: {
              en: 'Statistics office code; departments: a key such as so-tu-phap',
              vi: 'Mã thống kê; sở ngành: khóa như so-tu-phap',
            },
          },
          index: true,
          label: { en: 'Official code', vi: 'Mã đơn vị' },
          required: true,
          unique: true,
          validate: validateUnitCode,
        },
        {
          name: 'level',
          type: 'select',
          access: { update: superAdminOnlyField },
          label: { en: 'Level', vi: 'Cấp' },
          options: UNIT_LEVELS.map((value) => ({ label: LEVEL_LABELS[value], value })),
          required: true,
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      access: { update: superAdminOnlyField },
      index: true,
      label: { en: 'Parent unit', vi: 'Đơn vị cấp trên' },
      relationTo: 'units',
    },
    {
      // The unit's place in the tree, sorting like it (tenants/naming.ts treeKey): pickers and the list use it.
      name: 'treeKey',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
      index: true,
    },
    {
      name: 'ancestors',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
      hasMany: true,
      index: true,
      relationTo: 'units',
    },
    {
      name: 'slug',
      type: 'text',
      access: { update: superAdminOnlyField },
      admin: {
        description: {
          en: 'Generated from the name; stays the same when the unit is renamed',
          vi: 'Tạo từ tên; giữ nguyên khi đổi tên',
        },
        position: 'sidebar',
      },
      index: true,
      label: { en: 'Slug', vi: 'Định danh URL' },
      unique: true,
    },
    {
      name: 'domains',
      type: 'array',
      access: { update: superAdminOnlyField },
      admin: {
        description: {
          en: 'Default per Decree 224/2026 Art. 11: tencoquan.tentinh.gov.vn',
          vi: 'Mặc định theo Nghị định 224/2026 Điều 11: tencoquan.tentinh.gov.vn',
        },
      },
      label: { en: 'Portal domains', vi: 'Tên miền cổng thông tin' },
      labels: { plural: { en: 'Domains', vi: 'Tên miền' }, singular: { en: 'Domain', vi: 'Tên miền' } },
      fields: [
        {
          name: 'domain',
          type: 'text',
          label: { en: 'Domain', vi: 'Tên miền' },
          hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
          index: true,
          required: true,
          validate: validateDomain,
        },
      ],
    },
    {
      // Kept by a reorganisation (tenants/reorganisation) so old links keep working: the portal query and
      // /api/address answer a request for one of these with this unit and "redirect permanently".
      name: 'formerAddresses',
      type: 'array',
      access: { create: () => false, update: () => false },
      admin: {
        condition: (data) => Array.isArray(data?.formerAddresses) && data.formerAddresses.length > 0,
        description: {
          en: 'Slugs and domains the unit had before a reorganisation; they still lead here',
          vi: 'Định danh và tên miền trước khi sắp xếp đơn vị; vẫn dẫn đến đơn vị này',
        },
        readOnly: true,
      },
      label: { en: 'Former addresses', vi: 'Địa chỉ cũ' },
      labels: { plural: { en: 'Former addresses', vi: 'Địa chỉ cũ' }, singular: { en: 'Address', vi: 'Địa chỉ' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'slug', type: 'text', index: true, label: { en: 'Slug', vi: 'Định danh URL' } },
            { name: 'domain', type: 'text', index: true, label: { en: 'Domain', vi: 'Tên miền' } },
            { name: 'until', type: 'date', label: { en: 'Used until', vi: 'Dùng đến ngày' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          access: { update: superAdminOnlyField },
          defaultValue: 'active',
          index: true,
          label: { en: 'Status', vi: 'Trạng thái' },
          options: UNIT_STATUSES.map((value) => ({ label: STATUS_LABELS[value], value })),
          required: true,
        },
        {
          name: 'successor',
          type: 'relationship',
          access: { update: superAdminOnlyField },
          admin: { condition: (data) => data?.status === 'merged' },
          label: { en: 'Merged into', vi: 'Sáp nhập vào' },
          relationTo: 'units',
        },
      ],
    },
    {
      name: 'inviteAdminEmail',
      type: 'email',
      admin: {
        condition: (_data, _sibling, { operation }) => operation === 'create',
        // Payload shows virtual fields read-only unless told otherwise; this one is typed into.
        readOnly: false,
        description: {
          en: 'They receive a one-time link to set their password and become the unit admin',
          vi: 'Người này nhận liên kết dùng một lần để đặt mật khẩu và trở thành quản trị đơn vị',
        },
      },
      label: { en: 'Invite the first unit admin (email)', vi: 'Mời quản trị đơn vị đầu tiên (thư điện tử)' },
      virtual: true,
    },
    {
      name: 'previewUrl',
      type: 'text',
      access: { read: ({ req }) => Boolean(req.user) },
      admin: {
        description: {
          en: 'The portal page that shows a draft ("Preview"); {token} is replaced by the signed token, also {collection}, {id}, {slug}, {unit}. Empty: the example portal.',
          vi: 'Trang của cổng hiển thị bản nháp ("Xem trước"); {token} được thay bằng mã ký, cùng {collection}, {id}, {slug}, {unit}. Để trống: cổng mẫu.',
        },
      },
      label: { en: 'Preview address', vi: 'Địa chỉ xem trước' },
      maxLength: 500,
      validate: validatePreviewUrl,
    },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact', vi: 'Liên hệ' },
      fields: [
        { name: 'address', type: 'text', label: { en: 'Address', vi: 'Địa chỉ' }, localized: true, maxLength: 300 },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { en: 'Phone', vi: 'Điện thoại' }, maxLength: 40 },
            { name: 'email', type: 'email', label: { en: 'Email', vi: 'Thư điện tử' } },
          ],
        },
      ],
    },
  ],
})
