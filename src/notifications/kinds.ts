/** The events people are told of. */
export const NOTIFICATION_KINDS = [
  {
    label: { en: 'Scheduled publication failed', vi: 'Hẹn giờ xuất bản không thành' },
    value: 'schedule-failed',
  },
] as const

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['value']
