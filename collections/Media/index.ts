import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAuthenticated } from '../../src/access/isAuthenticated'

/** Raster images only: SVG can carry scripts, so it is not accepted. Every size is re-encoded to WebP. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: isAuthenticated,
    delete: isAuthenticated,
    read: anyone,
    update: isAuthenticated,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    useAsTitle: 'filename',
  },
  labels: {
    plural: { en: 'Images', vi: 'Hình ảnh' },
    singular: { en: 'Image', vi: 'Hình ảnh' },
  },
  upload: {
    mimeTypes: IMAGE_MIME_TYPES,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: { format: 'webp' } },
      { name: 'card', width: 768, height: 512, position: 'centre', formatOptions: { format: 'webp' } },
      { name: 'wide', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Alternative text', vi: 'Mô tả ảnh (alt)' },
      localized: true,
      required: true,
      maxLength: 300,
    },
    {
      name: 'credit',
      type: 'text',
      label: { en: 'Credit', vi: 'Nguồn ảnh' },
      maxLength: 200,
    },
  ],
}
