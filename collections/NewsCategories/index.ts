import { declare, unitScoped } from '../../src/declaration'
import { slugField } from '../../src/fields/slug'
import { uniqueWithinUnit } from '../../tenants/hooks/uniqueWithinUnit'

/**
 * The news categories (chuyên mục) of a unit. A portal shows its own and those of the units above it, and its
 * editors file news under either (staff read the categories above them: `citable`); a new province starts with
 * the usual ones (tenants/Units/hooks/createDefaultCategories.ts).
 */
export const NewsCategories = declare(unitScoped({ citable: true, drafts: false, inherit: 'all', public: true }), {
  slug: 'news-categories',
  hooks: { beforeChange: [uniqueWithinUnit([{ label: { en: 'The slug', vi: 'Đường dẫn' }, name: 'slug' }])] },
  admin: {
    defaultColumns: ['name', 'slug', 'unit', 'order'],
    useAsTitle: 'name',
  },
  defaultSort: 'order',
  graphQL: { pluralName: 'NewsCategories', singularName: 'NewsCategory' },
  indexes: [{ fields: ['unit', 'slug'], unique: true }],
  labels: {
    plural: { en: 'News categories', vi: 'Chuyên mục tin' },
    singular: { en: 'News category', vi: 'Chuyên mục tin' },
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', vi: 'Tên chuyên mục' },
      localized: true,
      maxLength: 150,
      required: true,
    },
    slugField('name'),
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', vi: 'Mô tả' },
      localized: true,
      maxLength: 1000,
    },
    {
      name: 'order',
      type: 'number',
      admin: { position: 'sidebar' },
      defaultValue: 0,
      label: { en: 'Display order', vi: 'Thứ tự hiển thị' },
    },
  ],
})
