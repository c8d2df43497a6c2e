import type { ImportKind } from '../importRecords'
import { uploadFromFolder } from '../folderFiles'
import { type DocumentType, legalDocumentFromRecord } from '../rules/legalDocumentRecord'

const typesOf = (options: unknown): DocumentType[] =>
  (Array.isArray(options) ? options : []).flatMap((option) =>
    option && typeof option === 'object' && 'value' in option && 'label' in option ? [option as DocumentType] : [],
  )

/**
 * Legal documents from a CSV or JSON list (number and symbol, type, issuer, signer, dates, summary, field), matched
 * by number within the unit; the files a row names come from the import folder into the unit's `files`.
 */
export const LEGAL_DOCUMENTS: ImportKind = {
  collection: 'legal-documents',
  keyField: 'numberAndSymbol',
  parse: (payload, record) => {
    const type = payload.collections['legal-documents'].config.flattenedFields.find((field) => field.name === 'type')
    const result = legalDocumentFromRecord(record, typesOf(type && 'options' in type ? type.options : []))
    if ('problems' in result) return result
    return { data: result.data, extra: result.files, key: result.data.numberAndSymbol }
  },
  prepare: async (req, row, options) => {
    const files = (row.extra as string[] | undefined) ?? []
    const attachments = []
    for (const name of files) {
      const id = await uploadFromFolder(
        req,
        {
          field: 'attachments',
          folder: options.folder,
          name,
          title: String(row.data.numberAndSymbol),
          unit: options.unit,
        },
        'files',
        { dryRun: options.dryRun },
      )
      if (id !== null) attachments.push(id)
    }
    return attachments.length ? { attachments } : {}
  },
}
