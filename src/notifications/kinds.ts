/** The events people are told of. */
export const NOTIFICATION_KINDS = [
  {
    label: { en: 'Scheduled publication failed', vi: 'Hẹn giờ xuất bản không thành' },
    value: 'schedule-failed',
  },
  { label: { en: 'Waiting for your approval', vi: 'Chờ bạn duyệt' }, value: 'review-submitted' },
  { label: { en: 'Sent back to you', vi: 'Bị trả lại' }, value: 'review-returned' },
  { label: { en: 'Published', vi: 'Đã xuất bản' }, value: 'review-approved' },
] as const

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['value']
