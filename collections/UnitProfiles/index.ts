import { declare, unitScoped } from '../../src/declaration'
import type { Field } from 'payload'

import { htmlField, readSourcesWithTheirHtml } from '../../src/richText/htmlField'

/** A rich-text field and its sanitised HTML twin for frontends. */
const richText = (name: string, label: { en: string; vi: string }): Field[] => [
  { name, type: 'richText', label, localized: true },
  htmlField(name),
]

/**
 * What Decree 224/2026 Art. 9 requires each agency to publish about itself, one profile per unit (created with
 * the unit). Vietnamese and English: the decree asks for English organisation information.
 */
export const UnitProfiles = declare(
  unitScoped({ drafts: { maxVersions: 30 }, inherit: 'none', onePerUnit: true, public: true, webhooks: true }),
  {
    slug: 'unit-profiles',
    admin: {
      defaultColumns: ['unit', '_status', 'updatedAt'],
      useAsTitle: 'title',
    },
    graphQL: { pluralName: 'UnitProfiles', singularName: 'UnitProfile' },
    hooks: { beforeOperation: [readSourcesWithTheirHtml(['functionsAndDuties', 'history', 'organisation'])] },
    labels: {
      plural: { en: 'Unit profiles', vi: 'Giới thiệu đơn vị' },
      singular: { en: 'Unit profile', vi: 'Giới thiệu đơn vị' },
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        defaultValue: 'Giới thiệu',
        label: { en: 'Title', vi: 'Tiêu đề' },
        localized: true,
        maxLength: 200,
      },
      ...richText('functionsAndDuties', { en: 'Functions, duties and powers', vi: 'Chức năng – nhiệm vụ – quyền hạn' }),
      {
        name: 'organisationChart',
        type: 'upload',
        label: { en: 'Organisation chart', vi: 'Sơ đồ cơ cấu tổ chức' },
        relationTo: 'media',
      },
      ...richText('organisation', {
        en: 'Organisation and affiliated units',
        vi: 'Cơ cấu tổ chức và đơn vị trực thuộc',
      }),
      ...richText('history', { en: 'History', vi: 'Quá trình hình thành và phát triển' }),
      {
        name: 'leaders',
        type: 'array',
        label: { en: 'Leaders', vi: 'Lãnh đạo' },
        labels: { plural: { en: 'Leaders', vi: 'Lãnh đạo' }, singular: { en: 'Leader', vi: 'Lãnh đạo' } },
        fields: [
          { name: 'name', type: 'text', label: { en: 'Full name', vi: 'Họ và tên' }, maxLength: 120, required: true },
          {
            name: 'position',
            type: 'text',
            label: { en: 'Position', vi: 'Chức vụ' },
            localized: true,
            maxLength: 200,
            required: true,
          },
          { name: 'photo', type: 'upload', label: { en: 'Photo', vi: 'Ảnh' }, relationTo: 'media' },
          {
            name: 'bio',
            type: 'textarea',
            label: { en: 'Short biography', vi: 'Tiểu sử tóm tắt' },
            localized: true,
            maxLength: 5000,
          },
          {
            name: 'responsibilities',
            type: 'textarea',
            label: { en: 'Responsibilities', vi: 'Nhiệm vụ đảm nhiệm' },
            localized: true,
            maxLength: 3000,
          },
        ],
      },
      {
        type: 'collapsible',
        admin: {
          description: {
            en: 'Required for the province and communes (Art. 9(1)(c))',
            vi: 'Bắt buộc với cấp tỉnh và cấp xã (Điều 9 khoản 1 điểm c)',
          },
        },
        label: { en: 'Locality', vi: 'Địa phương' },
        fields: [
          {
            name: 'administrativeMap',
            type: 'upload',
            label: { en: 'Administrative map', vi: 'Bản đồ địa giới hành chính' },
            relationTo: 'media',
          },
          ...richText('naturalConditions', { en: 'Natural conditions', vi: 'Điều kiện tự nhiên' }),
          ...richText('historyAndCulture', {
            en: 'History, cultural traditions, relics and landscapes',
            vi: 'Lịch sử – truyền thống văn hóa – di tích – danh thắng',
          }),
        ],
      },
    ],
  },
)
