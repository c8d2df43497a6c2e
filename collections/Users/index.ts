import type { CollectionConfig } from 'payload'

import { isAuthenticated } from '../../src/access/isAuthenticated'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    read: isAuthenticated,
  },
  admin: {
    defaultColumns: ['name', 'email'],
    useAsTitle: 'email',
  },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
  },
  labels: {
    plural: { en: 'Users', vi: 'Người dùng' },
    singular: { en: 'User', vi: 'Người dùng' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Full name', vi: 'Họ và tên' },
      maxLength: 200,
    },
  ],
}
