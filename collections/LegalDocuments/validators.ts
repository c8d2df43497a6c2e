import type { DateFieldValidation, TextFieldSingleValidation } from 'payload'
import { date } from 'payload/shared'

import { inLanguage, type Message } from '../../src/base/errors/fieldError'
import { FIRST_YEAR, parseDocumentNumber } from '../../src/base/formats/documentNumber'
import { vietnamDay } from '../../src/base/time/vietnamDay'

export const validateNumberAndSymbol: TextFieldSingleValidation = (value, { req, siblingData }) => {
  if (!value)
    return inLanguage(req, { en: 'The number and symbol are required.', vi: 'Bắt buộc nhập số, ký hiệu văn bản.' })
  const parsed = parseDocumentNumber(value)
  if (!parsed) {
    return inLanguage(req, {
      en: `"${value}" is not a document number and symbol (expected 42/2022/NĐ-CP, 15/2023/QĐ-UBND, or 123/UBND-VP for a letter; years from ${FIRST_YEAR}).`,
      vi: `"${value}" không phải số, ký hiệu văn bản hợp lệ (ví dụ đúng: 42/2022/NĐ-CP, 15/2023/QĐ-UBND, hoặc 123/UBND-VP với công văn; năm từ ${FIRST_YEAR}).`,
    })
  }
  const issuedYear = vietnamDay((siblingData as { issuedAt?: string }).issuedAt)?.slice(0, 4)
  if (parsed.year !== undefined && issuedYear && String(parsed.year) !== issuedYear) {
    return inLanguage(req, {
      en: `The number says ${parsed.year} but the document was issued in ${issuedYear}.`,
      vi: `Số ký hiệu ghi năm ${parsed.year} nhưng ngày ban hành thuộc năm ${issuedYear}.`,
    })
  }
  return true
}

type DateRule = { after: string; message: Message; orSame: boolean }

/** A date that must not come before another date field of the same document (compared as Vietnam days). */
export const notBefore =
  (...rules: DateRule[]): DateFieldValidation =>
  (value, options) => {
    const basic = date(value, options)
    if (basic !== true || !value) return basic
    const day = vietnamDay(value)!
    for (const rule of rules) {
      const other = vietnamDay((options.siblingData as Record<string, string | undefined>)[rule.after])
      if (other && (rule.orSame ? day < other : day <= other)) return inLanguage(options.req, rule.message)
    }
    return true
  }
