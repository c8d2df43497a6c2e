import { declare, unitScoped } from '../../src/declaration'
import type { TextFieldSingleValidation } from 'payload'

import { inLanguage } from '../../src/base/errors/fieldError'
import { requiredInVietnamese } from '../../src/fields/requiredInVietnamese'
import { publicWhenMarked } from './access/publicWhenMarked'

const PHONE = /^\+?[0-9 ().-]{3,24}$/

const validatePhone: TextFieldSingleValidation = (value, { req }) =>
  value && PHONE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3
    ? true
    : inLanguage(req, {
        en: `"${value ?? ''}" is not a phone number (digits, spaces, dots, hyphens, brackets and a leading +).`,
        vi: `"${value ?? ''}" không phải số điện thoại hợp lệ (chữ số, khoảng trắng, dấu chấm, gạch nối, ngoặc và dấu + ở đầu).`,
      })

const DETAILS = [
  { label: { en: 'Phone numbers', vi: 'Số điện thoại' }, value: 'phones' },
  { label: { en: 'Email', vi: 'Thư điện tử' }, value: 'email' },
  { label: { en: 'Office', vi: 'Phòng làm việc' }, value: 'office' },
  { label: { en: 'Address', vi: 'Địa chỉ' }, value: 'address' },
]

/**
 * The unit's directory (danh bạ): its people and its contact points (the unit's own address, hotline and
 * email, or a department's). Drafted and approved like other content. Details are public only when marked so.
 */
export const Contacts = declare(
  unitScoped({
    // Changes go through approval like other content (an editor drafts, an approver publishes).
    drafts: { maxVersions: 20 },
    inherit: 'none',
    public: true,
    search: {
      date: 'updatedAt',
      heading: 'name',
      subheading: 'position',
      text: ['position', 'department', 'office'],
      title: ['name'],
    },
    webhooks: true,
  }),
  {
    slug: 'contacts',
    admin: {
      defaultColumns: ['name', 'kind', 'position', 'department', 'order'],
      useAsTitle: 'name',
    },
    defaultSort: 'order',
    // Which details are public is read from `publicFields` (access/publicWhenMarked.ts): a client's `select`
    // (the frontend guide's home page uses `select: true`) must not leave it out, or every detail reads as private.
    forceSelect: { publicFields: true },
    graphQL: { pluralName: 'Contacts', singularName: 'Contact' },
    labels: {
      plural: { en: 'Contacts', vi: 'Danh bạ' },
      singular: { en: 'Contact', vi: 'Danh bạ' },
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            defaultValue: 'person',
            label: { en: 'Kind', vi: 'Loại' },
            options: [
              { label: { en: 'Person', vi: 'Cá nhân' }, value: 'person' },
              {
                label: { en: 'Unit or department contact point', vi: 'Đầu mối liên hệ của đơn vị, phòng ban' },
                value: 'office',
              },
            ],
            required: true,
          },
          {
            name: 'name',
            type: 'text',
            label: { en: 'Name', vi: 'Họ tên / Tên đầu mối' },
            localized: true,
            maxLength: 200,
            validate: requiredInVietnamese,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'position', type: 'text', label: { en: 'Position', vi: 'Chức vụ' }, localized: true, maxLength: 200 },
          {
            name: 'department',
            type: 'text',
            label: { en: 'Department', vi: 'Phòng ban' },
            localized: true,
            maxLength: 200,
          },
        ],
      },
      {
        name: 'phones',
        type: 'array',
        access: { read: publicWhenMarked('phones') },
        label: { en: 'Phone numbers', vi: 'Số điện thoại' },
        labels: {
          plural: { en: 'Phone numbers', vi: 'Số điện thoại' },
          singular: { en: 'Phone number', vi: 'Số điện thoại' },
        },
        maxRows: 10,
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                defaultValue: 'office',
                label: { en: 'Kind', vi: 'Loại' },
                options: [
                  { label: { en: 'Office', vi: 'Cơ quan' }, value: 'office' },
                  { label: { en: 'Mobile', vi: 'Di động' }, value: 'mobile' },
                  { label: { en: 'Hotline', vi: 'Đường dây nóng' }, value: 'hotline' },
                  { label: { en: 'Fax', vi: 'Fax' }, value: 'fax' },
                ],
                required: true,
              },
              {
                name: 'number',
                type: 'text',
                label: { en: 'Number', vi: 'Số' },
                maxLength: 30,
                required: true,
                validate: validatePhone,
              },
            ],
          },
        ],
      },
      {
        name: 'email',
        type: 'email',
        access: { read: publicWhenMarked('email') },
        label: { en: 'Email', vi: 'Thư điện tử' },
      },
      {
        name: 'office',
        type: 'text',
        access: { read: publicWhenMarked('office') },
        label: { en: 'Office', vi: 'Phòng làm việc' },
        localized: true,
        maxLength: 200,
      },
      {
        name: 'address',
        type: 'textarea',
        access: { read: publicWhenMarked('address') },
        label: { en: 'Address', vi: 'Địa chỉ' },
        localized: true,
        maxLength: 500,
      },
      {
        name: 'publicFields',
        type: 'select',
        admin: {
          description: { en: 'Details anonymous visitors may see', vi: 'Thông tin được công khai trên cổng' },
          position: 'sidebar',
        },
        defaultValue: ['phones', 'email', 'office', 'address'],
        hasMany: true,
        label: { en: 'Public details', vi: 'Thông tin công khai' },
        options: DETAILS,
      },
      {
        name: 'order',
        type: 'number',
        admin: { position: 'sidebar' },
        defaultValue: 0,
        index: true,
        label: { en: 'Display order', vi: 'Thứ tự hiển thị' },
      },
    ],
  },
)
