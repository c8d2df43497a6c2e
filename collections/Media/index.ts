import { declare, unitScoped } from '../../src/declaration'
import { runtimeSettingsOf } from '../../src/settings/runtime'
import { checkUploadContent } from '../../src/uploads/checkUploadContent'
import { acceptedMimeTypes, IMAGE_TYPES } from '../../src/uploads/fileTypes'

/**
 * Images of a unit. Raster formats only, checked from the content (SVG can carry scripts and is refused); every
 * size is re-encoded to WebP. Anonymous readers see the images of active units, so a portal can show the images
 * of content it inherits from its ancestors.
 */
export const Media = declare(unitScoped({ drafts: false, inherit: 'all', public: true }), {
  slug: 'media',
  hooks: {
    beforeOperation: [
      checkUploadContent({ maxPixels: (req) => runtimeSettingsOf(req).maxImagePixels, types: IMAGE_TYPES }),
    ],
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'unit', 'updatedAt'],
    useAsTitle: 'filename',
  },
  labels: {
    plural: { en: 'Images', vi: 'Hình ảnh' },
    singular: { en: 'Image', vi: 'Hình ảnh' },
  },
  upload: {
    // Payload's bulk-upload drawer reports in English only ("Failed to save 1 files") and drops the reason the API
    // gives; one file at a time goes through the form, which shows the (Vietnamese) reason.
    bulkUpload: false,
    mimeTypes: acceptedMimeTypes(IMAGE_TYPES),
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
})
