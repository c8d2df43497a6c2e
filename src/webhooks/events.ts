export const WEBHOOK_EVENTS = [
  { label: { en: 'Published or changed while published', vi: 'Xuất bản hoặc sửa khi đã xuất bản' }, value: 'publish' },
  { label: { en: 'Unpublished or deleted', vi: 'Gỡ xuất bản hoặc xóa' }, value: 'unpublish' },
  // Sent to every active webhook of a portal a reorganisation touched, whatever its events (tenants/reorganisation).
  { label: { en: 'Units reorganised', vi: 'Sắp xếp lại đơn vị' }, value: 'reorganise' },
] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']

/** The events a webhook chooses among; a reorganisation is announced to every webhook of the portals it touches. */
export const SUBSCRIBABLE_EVENTS = WEBHOOK_EVENTS.filter((event) => event.value !== 'reorganise')
