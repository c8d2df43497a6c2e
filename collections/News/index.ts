import { declare, unitScoped } from '../../src/declaration'
import { slugField } from '../../src/fields/slug'
import { urlField } from '../../src/fields/url'
import { htmlField, readSourcesWithTheirHtml } from '../../src/richText/htmlField'
import { uniqueWithinUnit } from '../../tenants/hooks/uniqueWithinUnit'
import { LINKS_TO_ANCESTOR_UNITS } from '../../tenants/linksToAncestorUnits'
import { setPublishedAt } from './hooks/setPublishedAt'

/** News articles (tin tức) of a unit. The `unit` field is added by the multi-tenant plugin. */
export const News = declare(
  unitScoped({
    drafts: { maxVersions: 50 },
    inherit: 'marked',
    public: true,
    search: {
      date: 'publishedAt',
      heading: 'title',
      subheading: 'summary',
      text: ['summary', 'author'],
      title: ['title'],
    },
    webhooks: true,
  }),
  {
    slug: 'news',
    hooks: {
      beforeChange: [uniqueWithinUnit([{ label: { en: 'The slug', vi: 'Đường dẫn' }, name: 'slug' }]), setPublishedAt],
      beforeOperation: [readSourcesWithTheirHtml(['body'])],
    },
    admin: {
      defaultColumns: ['title', 'unit', '_status', 'publishedAt', 'featured'],
      useAsTitle: 'title',
    },
    defaultSort: '-publishedAt',
    graphQL: { pluralName: 'News', singularName: 'NewsArticle' },
    indexes: [{ fields: ['unit', 'slug'], unique: true }],
    labels: {
      plural: { en: 'News', vi: 'Tin tức' },
      singular: { en: 'News article', vi: 'Tin tức' },
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
      slugField('title'),
      {
        name: 'summary',
        type: 'textarea',
        label: { en: 'Summary', vi: 'Tóm tắt' },
        localized: true,
        maxLength: 1000,
      },
      {
        name: 'cover',
        type: 'upload',
        label: { en: 'Cover image', vi: 'Ảnh đại diện' },
        relationTo: 'media',
      },
      {
        name: 'body',
        type: 'richText',
        label: { en: 'Body', vi: 'Nội dung' },
        localized: true,
      },
      {
        name: 'attachments',
        type: 'upload',
        admin: {
          description: {
            en: 'Documents readers can download with the article (a plan, a form, a notice)',
            vi: 'Tài liệu người đọc tải về kèm bài viết (kế hoạch, biểu mẫu, thông báo)',
          },
        },
        hasMany: true,
        label: { en: 'Attachments', vi: 'Tệp đính kèm' },
        maxRows: 20,
        relationTo: 'files',
      },
      htmlField('body'),
      {
        name: 'categories',
        type: 'relationship',
        admin: { position: 'sidebar' },
        // The province's categories serve every portal below it (tenants/Units/hooks/createDefaultCategories.ts).
        custom: LINKS_TO_ANCESTOR_UNITS,
        hasMany: true,
        index: true,
        label: { en: 'Categories', vi: 'Chuyên mục' },
        relationTo: 'news-categories',
      },
      {
        name: 'author',
        type: 'text',
        admin: { position: 'sidebar' },
        label: { en: 'Author', vi: 'Tác giả' },
        maxLength: 200,
      },
      {
        name: 'publishedAt',
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
        index: true,
        label: { en: 'Publish date', vi: 'Ngày đăng' },
      },
      {
        name: 'featured',
        type: 'checkbox',
        admin: { position: 'sidebar' },
        defaultValue: false,
        index: true,
        label: { en: 'Featured', vi: 'Tin nổi bật' },
      },
      {
        type: 'row',
        fields: [
          { name: 'source', type: 'text', label: { en: 'Source', vi: 'Nguồn tin' }, maxLength: 200 },
          urlField('sourceUrl', { en: 'Source link', vi: 'Liên kết nguồn' }),
        ],
      },
    ],
  },
)
