export const WEBHOOK_EVENTS = [
  { label: { en: 'Published or changed while published', vi: 'Xuất bản hoặc sửa khi đã xuất bản' }, value: 'publish' },
  { label: { en: 'Unpublished or deleted', vi: 'Gỡ xuất bản hoặc xóa' }, value: 'unpublish' },
] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']
