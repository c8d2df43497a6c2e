import { searchKey } from '../../base/text/vietnamese'
import { dayOf, fileNamesOf, headingReader, type RawRecord, type RecordProblem, textOf } from './cells'

export type LegalDocumentData = {
  effectiveAt?: string
  expiresAt?: string
  field?: string
  issuedAt: string
  issuingBody: string
  numberAndSymbol: string
  signer?: string
  summary: string
  type: string
}

/** A document type as the collection lists it: its value and Vietnamese and English names. */
export type DocumentType = { label: { en: string; vi: string }; value: string }

const headings = headingReader<keyof LegalDocumentData | 'files'>({
  effectiveAt: ['effectiveAt', 'Ngày hiệu lực', 'Ngày có hiệu lực'],
  expiresAt: ['expiresAt', 'Ngày hết hiệu lực'],
  field: ['field', 'Lĩnh vực'],
  files: ['files', 'attachments', 'Tệp đính kèm', 'Tệp', 'Tệp tin'],
  issuedAt: ['issuedAt', 'Ngày ban hành'],
  issuingBody: ['issuingBody', 'Cơ quan ban hành', 'Nơi ban hành'],
  numberAndSymbol: ['numberAndSymbol', 'Số ký hiệu', 'Số hiệu', 'Số/Ký hiệu'],
  signer: ['signer', 'Người ký'],
  summary: ['summary', 'Trích yếu', 'Trích yếu nội dung'],
  type: ['type', 'Loại văn bản', 'Hình thức văn bản'],
})

export const fieldOfLegalHeading = headings.fieldOfHeading

const DAY_LABELS = {
  effectiveAt: { en: 'The effective date', vi: 'Ngày hiệu lực' },
  expiresAt: { en: 'The expiry date', vi: 'Ngày hết hiệu lực' },
  issuedAt: { en: 'The issue date', vi: 'Ngày ban hành' },
} as const

/**
 * The legal document a record describes (the CSV most portals' document lists export) and the names of its
 * files in the import folder, or what is wrong with it. A type is matched by its Vietnamese or English name or
 * value, without accents or case ("Quyết định", "quyet dinh", "Decision"). The collection's own rules (a number's
 * form, dates in order) run when it is stored.
 */
export const legalDocumentFromRecord = (
  raw: RawRecord,
  types: readonly DocumentType[],
): { data: LegalDocumentData; files: string[] } | { problems: RecordProblem[] } => {
  const given = headings.read(raw)
  const problems: RecordProblem[] = []
  const required = (field: 'issuingBody' | 'numberAndSymbol' | 'summary' | 'type', en: string, vi: string) => {
    const text = textOf(given[field])
    if (!text) problems.push({ field, message: { en: `${en} is missing.`, vi: `Thiếu ${vi}.` } })
    return text
  }
  const numberAndSymbol = required('numberAndSymbol', 'The number and symbol', 'số ký hiệu')
  const summary = required('summary', 'The summary', 'trích yếu')
  const issuingBody = required('issuingBody', 'The issuing body', 'cơ quan ban hành')
  const typeText = required('type', 'The document type', 'loại văn bản')
  const type = typeText
    ? types.find((each) =>
        [each.value, each.label.vi, each.label.en].some((name) => searchKey(name) === searchKey(typeText)),
      )?.value
    : undefined
  if (typeText && !type)
    problems.push({
      field: 'type',
      message: {
        en: `Unknown document type "${typeText}" (${types.map((each) => each.label.en).join(', ')}).`,
        vi: `Loại văn bản "${typeText}" không hợp lệ (${types.map((each) => each.label.vi).join(', ')}).`,
      },
    })
  const days: Partial<Record<keyof typeof DAY_LABELS, string>> = {}
  for (const field of Object.keys(DAY_LABELS) as Array<keyof typeof DAY_LABELS>) {
    const text = textOf(given[field])
    if (text === undefined) continue
    const day = dayOf(text)
    // Noon in Vietnam, as the stored value reads back: the same day in every time zone, and a re-run compares equal.
    if (day) days[field] = `${day}T05:00:00.000Z`
    else
      problems.push({
        field,
        message: {
          en: `${DAY_LABELS[field].en} "${text}" is not a date (dd/mm/yyyy).`,
          vi: `${DAY_LABELS[field].vi} "${text}" không phải ngày hợp lệ (dd/mm/yyyy).`,
        },
      })
  }
  if (!days.issuedAt && textOf(given.issuedAt) === undefined)
    problems.push({ field: 'issuedAt', message: { en: 'The issue date is missing.', vi: 'Thiếu ngày ban hành.' } })
  if (problems.length || !numberAndSymbol || !summary || !issuingBody || !type || !days.issuedAt) return { problems }
  return {
    data: {
      effectiveAt: days.effectiveAt,
      expiresAt: days.expiresAt,
      field: textOf(given.field),
      issuedAt: days.issuedAt,
      issuingBody,
      numberAndSymbol,
      signer: textOf(given.signer),
      summary,
      type,
    },
    files: fileNamesOf(given.files),
  }
}
