import { declare, unitScoped } from '../../src/declaration'
import { choicesFrom } from '../../src/fields/choices/readyMade'
import { normalizeCode } from '../../src/fields/normalizeCode'
import { LINKS_TO_ANCESTOR_UNITS } from '../../tenants/linksToAncestorUnits'
import { uniqueWithinUnit } from '../../tenants/hooks/uniqueWithinUnit'
import { computeValidity } from './hooks/computeValidity'
import { refuseSelfRelation } from './hooks/refuseSelfRelation'
import { translateValidityFilter } from './hooks/translateValidityFilter'
import { VALIDITY_STATUSES } from './validity'
import { notBefore, validateNumberAndSymbol } from './validators'

/** Document types (loại văn bản) as Vietnamese portals list them. */
export const DOCUMENT_TYPES = [
  ['luat', 'Luật', 'Law'],
  ['bo-luat', 'Bộ luật', 'Code'],
  ['phap-lenh', 'Pháp lệnh', 'Ordinance'],
  ['nghi-quyet', 'Nghị quyết', 'Resolution'],
  ['nghi-dinh', 'Nghị định', 'Decree'],
  ['thong-tu', 'Thông tư', 'Circular'],
  ['thong-tu-lien-tich', 'Thông tư liên tịch', 'Joint circular'],
  ['quyet-dinh', 'Quyết định', 'Decision'],
  ['chi-thi', 'Chỉ thị', 'Directive'],
  ['ke-hoach', 'Kế hoạch', 'Plan'],
  ['thong-bao', 'Thông báo', 'Notice'],
  ['huong-dan', 'Hướng dẫn', 'Guidance'],
  ['bao-cao', 'Báo cáo', 'Report'],
  ['cong-van', 'Công văn', 'Official letter'],
  ['khac', 'Văn bản khác', 'Other'],
].map(([value, vi, en]) => ({ label: { en: en!, vi: vi! }, value: value! }))

const day = { date: { displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' as const } }

/**
 * Legal and administrative documents (văn bản) a unit publishes. The number and symbol are unique within a unit;
 * validity is derived from the dates each time a document is read, unless someone set it by hand.
 */
export const LegalDocuments = declare(
  unitScoped({
    citable: true,
    drafts: { maxVersions: 30 },
    inherit: 'marked',
    public: true,
    search: {
      date: 'issuedAt',
      heading: 'summary',
      subheading: 'numberAndSymbol',
      text: ['issuingBody', 'field', 'signer'],
      title: ['numberAndSymbol', 'summary'],
    },
    webhooks: true,
  }),
  {
    slug: 'legal-documents',
    hooks: {
      beforeOperation: [translateValidityFilter],
      beforeChange: [
        uniqueWithinUnit([
          { label: { en: 'The number and symbol', vi: 'Số ký hiệu' }, name: 'numberAndSymbol', perOriginUnit: true },
        ]),
        refuseSelfRelation,
      ],
    },
    admin: {
      defaultColumns: ['numberAndSymbol', 'summary', 'type', 'issuedAt', 'validity', '_status'],
      useAsTitle: 'numberAndSymbol',
    },
    defaultSort: '-issuedAt',
    // `validity` is computed from these on read, so a client's `select` must not leave them out.
    forceSelect: { effectiveAt: true, expiresAt: true, issuedAt: true, validityOverride: true },
    graphQL: { pluralName: 'LegalDocuments', singularName: 'LegalDocument' },
    indexes: [{ fields: ['unit', 'originUnit', 'numberAndSymbol'], unique: true }],
    labels: {
      plural: { en: 'Legal documents', vi: 'Văn bản' },
      singular: { en: 'Legal document', vi: 'Văn bản' },
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'numberAndSymbol',
            type: 'text',
            hooks: { beforeValidate: [normalizeCode] },
            index: true,
            label: { en: 'Number and symbol', vi: 'Số ký hiệu' },
            required: true,
            validate: validateNumberAndSymbol,
          },
          {
            name: 'type',
            type: 'select',
            index: true,
            label: { en: 'Type', vi: 'Loại văn bản' },
            options: DOCUMENT_TYPES,
            required: true,
          },
        ],
      },
      {
        name: 'summary',
        type: 'textarea',
        label: { en: 'Summary', vi: 'Trích yếu' },
        localized: true,
        maxLength: 2000,
        required: true,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'issuingBody',
            type: 'text',
            custom: choicesFrom('issuing-bodies'),
            index: true,
            label: { en: 'Issuing body', vi: 'Cơ quan ban hành' },
            localized: true,
            maxLength: 300,
            required: true,
          },
          { name: 'signer', type: 'text', label: { en: 'Signed by', vi: 'Người ký' }, maxLength: 200 },
          {
            name: 'field',
            type: 'text',
            custom: choicesFrom('fields'),
            index: true,
            label: { en: 'Field', vi: 'Lĩnh vực' },
            localized: true,
            maxLength: 200,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'issuedAt',
            type: 'date',
            admin: day,
            index: true,
            label: { en: 'Issue date', vi: 'Ngày ban hành' },
            required: true,
          },
          {
            name: 'effectiveAt',
            type: 'date',
            admin: day,
            label: { en: 'Effective date', vi: 'Ngày có hiệu lực' },
            validate: notBefore({
              after: 'issuedAt',
              message: {
                en: 'The effective date cannot come before the issue date.',
                vi: 'Ngày có hiệu lực không thể trước ngày ban hành.',
              },
              orSame: true,
            }),
          },
          {
            name: 'expiresAt',
            type: 'date',
            admin: day,
            label: { en: 'Expiry date', vi: 'Ngày hết hiệu lực' },
            validate: notBefore(
              {
                after: 'issuedAt',
                message: {
                  en: 'The expiry date must come after the issue date.',
                  vi: 'Ngày hết hiệu lực phải sau ngày ban hành.',
                },
                orSame: false,
              },
              {
                after: 'effectiveAt',
                message: {
                  en: 'The expiry date must come after the effective date.',
                  vi: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
                },
                orSame: false,
              },
            ),
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'validityOverride',
            type: 'select',
            admin: {
              description: {
                en: 'Leave empty to follow the dates. Partial expiry can only be set here.',
                vi: 'Để trống để tự xác định theo ngày. Hết hiệu lực một phần chỉ đặt tại đây.',
              },
            },
            label: { en: 'Validity set by hand', vi: 'Tình trạng hiệu lực (đặt thủ công)' },
            options: [...VALIDITY_STATUSES],
          },
          {
            name: 'validity',
            type: 'select',
            admin: { readOnly: true },
            hooks: { afterRead: [computeValidity] },
            label: { en: 'Validity', vi: 'Tình trạng hiệu lực' },
            options: [...VALIDITY_STATUSES],
            virtual: true,
          },
        ],
      },
      {
        name: 'attachments',
        type: 'upload',
        hasMany: true,
        label: { en: 'Attached files', vi: 'Tệp đính kèm' },
        relationTo: 'files',
      },
      {
        name: 'relations',
        type: 'array',
        label: { en: 'Related documents', vi: 'Văn bản liên quan' },
        labels: {
          plural: { en: 'Related documents', vi: 'Văn bản liên quan' },
          singular: { en: 'Related document', vi: 'Văn bản liên quan' },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                label: { en: 'This document…', vi: 'Văn bản này…' },
                options: [
                  { label: { en: 'amends', vi: 'sửa đổi, bổ sung' }, value: 'amends' },
                  { label: { en: 'replaces', vi: 'thay thế' }, value: 'replaces' },
                  { label: { en: 'guides', vi: 'hướng dẫn' }, value: 'guides' },
                ],
                required: true,
              },
              {
                name: 'document',
                type: 'relationship',
                custom: LINKS_TO_ANCESTOR_UNITS,
                label: { en: 'Document', vi: 'Văn bản' },
                relationTo: 'legal-documents',
                required: true,
              },
            ],
          },
        ],
      },
    ],
  },
)
