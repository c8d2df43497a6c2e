import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Id } from '../../src/base/ids'

/** An upload as the Local API takes it. */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * A valid item of each unit-scoped collection, for tests generated from the declarations (the collection
 * matrix). A collection declared unit-scoped without a sample here fails those tests, naming it.
 */
export type Sample = {
  /** What a writer may change on any item (a text field). */
  change: (n: number) => Record<string, unknown>
  /** A new item of the unit; `n` keeps unique values unique. */
  data: (context: {
    n: number
    payload: Payload
    unit: Id
  }) => Promise<Record<string, unknown>> | Record<string, unknown>
  /** Upload collections: the file. */
  file?: () => Promise<UploadFile>
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'xref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n',
  'latin1',
)

const webhookOf = async (payload: Payload, unit: Id, n: number) =>
  (
    await payload.create({
      collection: 'webhooks',
      data: { events: ['publish'], unit: unit as number, url: `https://cong.example.gov.vn/hook-${n}` },
    })
  ).id

export const SAMPLES: Record<string, Sample> = {
  contacts: {
    change: (n) => ({ position: `Chức vụ ${n}` }),
    data: ({ n }) => ({ kind: 'person', name: `Nguyễn Văn ${n}` }),
  },
  files: {
    change: (n) => ({ title: `Tài liệu đã sửa ${n}` }),
    data: ({ n }) => ({ title: `Tài liệu ${n}` }),
    file: async () => ({ data: PDF, mimetype: 'application/pdf', name: 'tai-lieu.pdf', size: PDF.length }),
  },
  'legal-documents': {
    change: (n) => ({ signer: `Người ký ${n}` }),
    data: ({ n }) => ({
      issuedAt: '2024-06-01',
      issuingBody: 'UBND',
      numberAndSymbol: `${n}/2024/QĐ-UBND`,
      summary: `Văn bản ${n}`,
      type: 'quyet-dinh',
    }),
  },
  media: {
    change: (n) => ({ alt: `Ảnh đã sửa ${n}` }),
    data: ({ n }) => ({ alt: `Ảnh ${n}` }),
    file: async () => {
      const data = await sharp({ create: { background: '#0a0', channels: 3, height: 20, width: 30 } })
        .png()
        .toBuffer()
      return { data, mimetype: 'image/png', name: 'anh.png', size: data.length }
    },
  },
  news: { change: (n) => ({ title: `Tin đã sửa ${n}` }), data: ({ n }) => ({ title: `Tin ${n}` }) },
  'news-categories': {
    change: (n) => ({ name: `Chuyên mục đã sửa ${n}` }),
    data: ({ n }) => ({ name: `Chuyên mục ${n}` }),
  },
  procedures: {
    change: (n) => ({ field: `Lĩnh vực ${n}` }),
    data: ({ n }) => ({
      applicants: 'Công dân Việt Nam',
      code: `1.${String(100000 + n).padStart(6, '0')}`,
      field: 'Hộ tịch',
      implementingAgency: 'Ủy ban nhân dân cấp xã',
      level: 'commune',
      name: `Thủ tục ${n}`,
      onlineServiceLevel: 'full',
      procedureType: 'not-transferred',
      requiredDocuments: [{ copies: 0, name: 'Tờ khai', originals: 1 }],
      result: 'Giấy chứng nhận',
      steps: [{ description: 'Nộp hồ sơ' }],
      submissionMethods: [{ fee: 'Miễn lệ phí', method: 'in-person', processingTime: 'Ngay trong ngày' }],
    }),
  },
  'unit-profiles': {
    change: (n) => ({ title: `Giới thiệu đã sửa ${n}` }),
    data: ({ n }) => ({ title: `Giới thiệu ${n}` }),
  },
  'webhook-deliveries': {
    change: () => ({ status: 'failed' }),
    data: async ({ n, payload, unit }) => ({
      body: { n },
      documentCollection: 'news',
      documentId: String(n),
      event: 'publish',
      webhook: await webhookOf(payload, unit, n),
    }),
  },
  webhooks: {
    change: (n) => ({ url: `https://cong.example.gov.vn/doi-${n}` }),
    data: ({ n }) => ({ events: ['publish'], url: `https://cong.example.gov.vn/moi-${n}` }),
  },
}
