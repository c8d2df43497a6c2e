import type { CollectionConfig } from 'payload'

import { showOnSubunitsField } from '../../tenants/fields'
import { unitContent } from '../../tenants/unitContent'

/** News articles (tin tức) of a unit. The `unit` field is added by the multi-tenant plugin. */
export const News: CollectionConfig = {
  slug: 'news',
  ...unitContent({ drafts: true }),
  admin: {
    defaultColumns: ['title', 'unit', '_status', 'publishedAt'],
    useAsTitle: 'title',
  },
  defaultSort: '-publishedAt',
  graphQL: { pluralName: 'News', singularName: 'NewsArticle' },
  labels: {
    plural: { en: 'News', vi: 'Tin tức' },
    singular: { en: 'News article', vi: 'Tin tức' },
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', vi: 'Tiêu đề' },
      localized: true,
      maxLength: 300,
      required: true,
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { en: 'Summary', vi: 'Tóm tắt' },
      localized: true,
      maxLength: 1000,
    },
    {
      name: 'body',
      type: 'richText',
      label: { en: 'Body', vi: 'Nội dung' },
      localized: true,
    },
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar' },
      index: true,
      label: { en: 'Publish date', vi: 'Ngày đăng' },
    },
    showOnSubunitsField,
  ],
}
