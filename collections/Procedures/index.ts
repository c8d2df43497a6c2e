import { declare, unitScoped } from '../../src/declaration'
import type { Field } from 'payload'

import { choicesFrom } from '../../src/fields/choices/readyMade'
import { normalizeCode } from '../../src/fields/normalizeCode'
import { LINKS_TO_ANCESTOR_UNITS } from '../../tenants/linksToAncestorUnits'
import { uniqueWithinUnit } from '../../tenants/hooks/uniqueWithinUnit'
import { nationalPortalUrl } from './hooks/nationalPortalUrl'
import { validateDecisionNumber, validateProcedureCode } from './validators'

const longText = (name: string, label: { en: string; vi: string }): Field => ({
  name,
  type: 'textarea',
  label,
  localized: true,
  maxLength: 20000,
})

export const PROCEDURE_LEVELS = [
  { label: { en: 'Province', vi: 'Cấp tỉnh' }, value: 'province' },
  { label: { en: 'District', vi: 'Cấp huyện' }, value: 'district' },
  { label: { en: 'Commune', vi: 'Cấp xã' }, value: 'commune' },
]

export const ONLINE_SERVICE_LEVELS = [
  { label: { en: 'Fully online', vi: 'Toàn trình' }, value: 'full' },
  { label: { en: 'Partly online', vi: 'Một phần' }, value: 'partial' },
  { label: { en: 'Not online', vi: 'Không trực tuyến' }, value: 'none' },
]

/**
 * Administrative procedures (thủ tục hành chính), with the fields the national public-service portal shows.
 * A code is unique within a unit; the province usually publishes commune-level procedures once and shows them on
 * every commune portal (`showOnSubunits`).
 */
export const Procedures = declare(
  unitScoped({
    countedBy: 'field',
    drafts: { maxVersions: 30 },
    inherit: 'marked',
    public: true,
    search: {
      date: 'updatedAt',
      heading: 'name',
      subheading: 'code',
      text: ['field', 'implementingAgency'],
      title: ['name', 'code'],
    },
    webhooks: true,
  }),
  {
    slug: 'procedures',
    hooks: {
      beforeChange: [
        uniqueWithinUnit([
          { label: { en: 'The procedure code', vi: 'Mã thủ tục' }, name: 'code', perOriginUnit: true },
        ]),
      ],
    },
    admin: {
      defaultColumns: ['code', 'name', 'level', 'field', 'onlineServiceLevel', '_status'],
      useAsTitle: 'name',
    },
    defaultSort: 'code',
    graphQL: { pluralName: 'Procedures', singularName: 'Procedure' },
    indexes: [{ fields: ['unit', 'originUnit', 'code'], unique: true }],
    labels: {
      plural: { en: 'Administrative procedures', vi: 'Thủ tục hành chính' },
      singular: { en: 'Administrative procedure', vi: 'Thủ tục hành chính' },
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'code',
            type: 'text',
            admin: {
              description: {
                en: 'As in the national database: 1.001234 or 1.012753.H19',
                vi: 'Theo CSDL quốc gia: 1.001234 hoặc 1.012753.H19',
              },
            },
            hooks: { beforeValidate: [normalizeCode] },
            index: true,
            label: { en: 'Procedure code', vi: 'Mã thủ tục' },
            required: true,
            validate: validateProcedureCode,
          },
          {
            name: 'decisionNumber',
            type: 'text',
            hooks: { beforeValidate: [normalizeCode] },
            label: { en: 'Publishing decision', vi: 'Số quyết định công bố' },
            validate: validateDecisionNumber,
          },
        ],
      },
      {
        name: 'name',
        type: 'text',
        label: { en: 'Name', vi: 'Tên thủ tục' },
        localized: true,
        maxLength: 500,
        required: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'level',
            type: 'select',
            index: true,
            label: { en: 'Level', vi: 'Cấp thực hiện' },
            options: PROCEDURE_LEVELS,
            required: true,
          },
          {
            name: 'field',
            type: 'text',
            custom: choicesFrom('fields'),
            index: true,
            label: { en: 'Field', vi: 'Lĩnh vực' },
            localized: true,
            maxLength: 200,
            required: true,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'procedureType',
            type: 'select',
            label: { en: 'Procedure type', vi: 'Loại thủ tục' },
            options: [
              { label: { en: 'Transferred between agencies', vi: 'TTHC được luân chuyển' }, value: 'transferred' },
              { label: { en: 'Not transferred', vi: 'TTHC không được luân chuyển' }, value: 'not-transferred' },
            ],
          },
          {
            name: 'onlineServiceLevel',
            type: 'select',
            defaultValue: 'none',
            index: true,
            label: { en: 'Online public service', vi: 'Dịch vụ công trực tuyến' },
            options: ONLINE_SERVICE_LEVELS,
            required: true,
          },
        ],
      },
      {
        name: 'steps',
        type: 'array',
        label: { en: 'Steps', vi: 'Trình tự thực hiện' },
        labels: { plural: { en: 'Steps', vi: 'Các bước' }, singular: { en: 'Step', vi: 'Bước' } },
        fields: [
          {
            name: 'description',
            type: 'textarea',
            label: { en: 'Step', vi: 'Nội dung bước' },
            localized: true,
            maxLength: 5000,
            required: true,
          },
        ],
      },
      {
        name: 'submissionMethods',
        type: 'array',
        label: { en: 'Ways to submit', vi: 'Cách thức thực hiện' },
        labels: {
          plural: { en: 'Ways to submit', vi: 'Cách thức' },
          singular: { en: 'Way to submit', vi: 'Cách thức' },
        },
        fields: [
          {
            name: 'method',
            type: 'select',
            label: { en: 'Method', vi: 'Hình thức nộp' },
            options: [
              { label: { en: 'In person', vi: 'Trực tiếp' }, value: 'in-person' },
              { label: { en: 'Online', vi: 'Trực tuyến' }, value: 'online' },
              { label: { en: 'By post', vi: 'Dịch vụ bưu chính' }, value: 'postal' },
            ],
            required: true,
          },
          {
            name: 'processingTime',
            type: 'text',
            label: { en: 'Processing time', vi: 'Thời hạn giải quyết' },
            localized: true,
            maxLength: 500,
          },
          {
            name: 'fee',
            type: 'text',
            label: { en: 'Fees and charges', vi: 'Phí và lệ phí' },
            localized: true,
            maxLength: 1000,
          },
          {
            name: 'description',
            type: 'textarea',
            label: { en: 'Details', vi: 'Mô tả' },
            localized: true,
            maxLength: 5000,
          },
        ],
      },
      {
        name: 'requiredDocuments',
        type: 'array',
        label: { en: 'Required documents', vi: 'Thành phần hồ sơ' },
        labels: { plural: { en: 'Documents', vi: 'Giấy tờ' }, singular: { en: 'Document', vi: 'Giấy tờ' } },
        fields: [
          {
            name: 'name',
            type: 'textarea',
            label: { en: 'Document', vi: 'Tên giấy tờ' },
            localized: true,
            maxLength: 2000,
            required: true,
          },
          { name: 'form', type: 'upload', label: { en: 'Form', vi: 'Mẫu đơn hoặc tờ khai' }, relationTo: 'files' },
          {
            type: 'row',
            fields: [
              {
                name: 'originals',
                type: 'number',
                defaultValue: 1,
                label: { en: 'Originals', vi: 'Số bản chính' },
                min: 0,
                max: 100,
              },
              {
                name: 'copies',
                type: 'number',
                defaultValue: 0,
                label: { en: 'Copies', vi: 'Số bản sao' },
                min: 0,
                max: 100,
              },
            ],
          },
        ],
      },
      longText('applicants', { en: 'Who may apply', vi: 'Đối tượng thực hiện' }),
      longText('implementingAgency', { en: 'Implementing agency', vi: 'Cơ quan thực hiện' }),
      longText('result', { en: 'Result', vi: 'Kết quả thực hiện' }),
      longText('conditions', { en: 'Conditions', vi: 'Yêu cầu và điều kiện thực hiện' }),
      {
        name: 'legalBasis',
        type: 'group',
        label: { en: 'Legal basis', vi: 'Căn cứ pháp lý' },
        fields: [
          {
            name: 'documents',
            type: 'relationship',
            custom: LINKS_TO_ANCESTOR_UNITS,
            hasMany: true,
            label: { en: 'Documents in this system', vi: 'Văn bản trong hệ thống' },
            relationTo: 'legal-documents',
          },
          longText('text', { en: 'Legal basis (text)', vi: 'Căn cứ pháp lý (văn bản)' }),
        ],
      },
      {
        name: 'nationalPortalUrl',
        type: 'text',
        admin: { hidden: true },
        hooks: { afterRead: [nationalPortalUrl] },
        label: { en: 'On the national public-service portal', vi: 'Trên Cổng Dịch vụ công quốc gia' },
        virtual: true,
      },
    ],
  },
)
