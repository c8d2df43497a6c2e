import { declare, unitScoped } from '../../src/declaration'
import { WEBHOOK_EVENTS } from '../../src/webhooks/events'
import { manageUnitSettings, systemOnly } from '../../tenants/access/unitManagement'

/** The delivery log: every message sent to a webhook, its attempts and the receiver's last answer. */
export const WebhookDeliveries = declare(
  unitScoped({ access: 'own', audit: false, drafts: false, inherit: 'none', public: false }),
  {
    slug: 'webhook-deliveries',
    access: { create: systemOnly, delete: systemOnly, read: manageUnitSettings, update: systemOnly },
    admin: {
      defaultColumns: ['event', 'documentCollection', 'status', 'attempts', 'lastStatusCode', 'createdAt'],
      group: { en: 'Settings', vi: 'Cài đặt' },
    },
    defaultSort: '-createdAt',
    labels: {
      plural: { en: 'Webhook deliveries', vi: 'Nhật ký webhook' },
      singular: { en: 'Webhook delivery', vi: 'Nhật ký webhook' },
    },
    fields: [
      {
        name: 'webhook',
        type: 'relationship',
        index: true,
        label: { en: 'Webhook', vi: 'Webhook' },
        relationTo: 'webhooks',
        required: true,
      },
      {
        name: 'event',
        type: 'select',
        label: { en: 'Event', vi: 'Sự kiện' },
        options: [...WEBHOOK_EVENTS],
        required: true,
      },
      { name: 'documentCollection', type: 'text', label: { en: 'Content', vi: 'Loại nội dung' }, required: true },
      { name: 'documentId', type: 'text', label: { en: 'Item', vi: 'Mục' }, required: true },
      { name: 'body', type: 'json', label: { en: 'Message', vi: 'Nội dung gửi' }, required: true },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'pending',
        index: true,
        label: { en: 'Status', vi: 'Trạng thái' },
        options: [
          { label: { en: 'Pending', vi: 'Đang chờ' }, value: 'pending' },
          { label: { en: 'Retrying', vi: 'Đang thử lại' }, value: 'retrying' },
          { label: { en: 'Delivered', vi: 'Đã gửi' }, value: 'delivered' },
          { label: { en: 'Failed', vi: 'Thất bại' }, value: 'failed' },
        ],
      },
      { name: 'attempts', type: 'number', defaultValue: 0, label: { en: 'Attempts', vi: 'Số lần gửi' } },
      { name: 'lastStatusCode', type: 'number', label: { en: 'Last HTTP status', vi: 'Mã phản hồi gần nhất' } },
      { name: 'lastError', type: 'text', label: { en: 'Last error', vi: 'Lỗi gần nhất' } },
      { name: 'deliveredAt', type: 'date', label: { en: 'Delivered at', vi: 'Thời điểm gửi được' } },
    ],
  },
)
