import type { Access } from 'payload'

import { declare, systemWide } from '../../src/declaration'
import { NOTIFICATION_KINDS } from '../../src/notifications/kinds'

/** A person reads, marks read and clears their own notifications; nobody else's, super-admins included. */
const ownOnly: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false)

/**
 * What the system tells a person in the admin panel (and by email when an adapter is set): a scheduled
 * publication that failed, and the other events of their work. Written by the system only.
 */
export const Notifications = declare(systemWide({ audit: false, public: false }), {
  slug: 'notifications',
  access: { create: () => false, delete: ownOnly, read: ownOnly, update: ownOnly },
  admin: {
    defaultColumns: ['title', 'kind', 'createdAt', 'readAt'],
    description: {
      en: 'What the system has told you: failed scheduled publications and other events of your work.',
      vi: 'Những điều hệ thống báo cho bạn: hẹn giờ xuất bản không thành và các sự việc khác trong công việc.',
    },
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  labels: {
    plural: { en: 'Notifications', vi: 'Thông báo' },
    singular: { en: 'Notification', vi: 'Thông báo' },
  },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      access: { update: () => false },
      index: true,
      label: { en: 'Recipient', vi: 'Người nhận' },
      // A notification is read by its recipient, who needs no copy of their own account in every one.
      maxDepth: 0,
      relationTo: 'users',
      required: true,
    },
    {
      name: 'kind',
      type: 'select',
      access: { update: () => false },
      label: { en: 'Kind', vi: 'Loại' },
      options: NOTIFICATION_KINDS.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    {
      name: 'title',
      type: 'text',
      access: { update: () => false },
      label: { en: 'Title', vi: 'Tiêu đề' },
      maxLength: 300,
      required: true,
    },
    {
      name: 'message',
      type: 'textarea',
      access: { update: () => false },
      label: { en: 'Message', vi: 'Nội dung' },
      maxLength: 4000,
    },
    {
      name: 'link',
      type: 'text',
      access: { update: () => false },
      admin: { description: { en: 'Where to act on it', vi: 'Nơi xử lý' } },
      label: { en: 'Link', vi: 'Liên kết' },
      maxLength: 500,
    },
    {
      name: 'readAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      index: true,
      label: { en: 'Read at', vi: 'Đã đọc lúc' },
    },
  ],
})
