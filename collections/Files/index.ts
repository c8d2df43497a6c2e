import { declare, unitScoped } from '../../src/declaration'
import { runtimeSettingsOf } from '../../src/settings/runtime'
import { checkUploadContent } from '../../src/uploads/checkUploadContent'
import { acceptedMimeTypes, DOCUMENT_TYPES } from '../../src/uploads/fileTypes'

/**
 * Documents of a unit (attachments of legal documents, procedure forms): PDF, Word, Excel and OpenDocument text,
 * checked from the content and limited in size (MAX_DOCUMENT_MB). HTML, SVG and anything else are refused.
 */
export const Files = declare(unitScoped({ drafts: false, inherit: 'all', public: true }), {
  slug: 'files',
  hooks: {
    beforeOperation: [
      checkUploadContent({ maxBytes: (req) => runtimeSettingsOf(req).maxDocumentBytes, types: DOCUMENT_TYPES }),
    ],
  },
  admin: {
    defaultColumns: ['title', 'filename', 'unit', 'updatedAt'],
    useAsTitle: 'title',
  },
  graphQL: { pluralName: 'DocumentFiles', singularName: 'DocumentFile' },
  labels: {
    plural: { en: 'Files', vi: 'Tệp tài liệu' },
    singular: { en: 'File', vi: 'Tệp tài liệu' },
  },
  upload: {
    // Payload's bulk-upload drawer reports in English only ("Failed to save 1 files") and drops the reason the API
    // gives; one file at a time goes through the form, which shows the (Vietnamese) reason.
    bulkUpload: false,
    mimeTypes: acceptedMimeTypes(DOCUMENT_TYPES),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', vi: 'Tên tài liệu' },
      localized: true,
      maxLength: 300,
      required: true,
    },
  ],
})
