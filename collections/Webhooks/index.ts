import { declare, unitScoped } from '../../src/declaration'
import { urlField } from '../../src/fields/url'
import { SUBSCRIBABLE_EVENTS } from '../../src/webhooks/events'
import { manageUnitSettings } from '../../tenants/access/unitManagement'
import { generateSecret } from './hooks/generateSecret'

/**
 * Where a unit's portal wants to hear about publishing: on publish and unpublish of its content (and of content
 * the units above show on its portal), the CMS POSTs a signed JSON message so the frontend can rebuild pages.
 */
export const Webhooks = declare(unitScoped({ access: 'own', drafts: false, inherit: 'none', public: false }), {
  slug: 'webhooks',
  access: {
    create: manageUnitSettings,
    delete: manageUnitSettings,
    read: manageUnitSettings,
    update: manageUnitSettings,
  },
  admin: { defaultColumns: ['url', 'unit', 'active'], group: { en: 'Settings', vi: 'Cài đặt' }, useAsTitle: 'url' },
  labels: { plural: { en: 'Webhooks', vi: 'Webhook' }, singular: { en: 'Webhook', vi: 'Webhook' } },
  fields: [
    { ...urlField('url', { en: 'Address to notify', vi: 'Địa chỉ nhận thông báo' }), required: true },
    {
      name: 'events',
      type: 'select',
      defaultValue: SUBSCRIBABLE_EVENTS.map((event) => event.value),
      hasMany: true,
      label: { en: 'Events', vi: 'Sự kiện' },
      options: [...SUBSCRIBABLE_EVENTS],
      required: true,
    },
    {
      name: 'collections',
      type: 'select',
      admin: { description: { en: 'Empty: all content', vi: 'Để trống: mọi loại nội dung' } },
      hasMany: true,
      label: { en: 'Content', vi: 'Loại nội dung' },
      // Filled by the webhooks plugin (src/plugins/webhooks.ts) with every collection declared `webhooks: true`.
      options: [],
    },
    {
      name: 'secret',
      type: 'text',
      admin: {
        description: {
          en: 'Signs each message (HMAC-SHA256, header X-Portal-Signature). Generated when left empty.',
          vi: 'Dùng để ký thông báo (HMAC-SHA256, header X-Portal-Signature). Để trống sẽ tự tạo.',
        },
      },
      hooks: { beforeChange: [generateSecret] },
      label: { en: 'Signing secret', vi: 'Khóa ký' },
      maxLength: 200,
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', vi: 'Đang dùng' } },
  ],
})
