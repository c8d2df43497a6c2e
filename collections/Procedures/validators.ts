import type { TextFieldSingleValidation } from 'payload'

import { inLanguage } from '../../src/base/errors/fieldError'
import { parseDocumentNumber } from '../../src/base/formats/documentNumber'
import { parseProcedureCode } from '../../src/base/formats/procedureCode'

export const validateProcedureCode: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return inLanguage(req, { en: 'The procedure code is required.', vi: 'Bắt buộc nhập mã thủ tục.' })
  return parseProcedureCode(value)
    ? true
    : inLanguage(req, {
        en: `"${value}" is not a procedure code of the national database (expected 1.001234, or 1.012753.H19 for a province variant).`,
        vi: `"${value}" không phải mã thủ tục của Cơ sở dữ liệu quốc gia (ví dụ đúng: 1.001234, hoặc 1.012753.H19 với thủ tục riêng của tỉnh).`,
      })
}

export const validateDecisionNumber: TextFieldSingleValidation = (value, { req }) =>
  !value || parseDocumentNumber(value)
    ? true
    : inLanguage(req, {
        en: `"${value}" is not a decision number and symbol (expected something like 1234/QĐ-UBND).`,
        vi: `"${value}" không phải số, ký hiệu quyết định hợp lệ (ví dụ đúng: 1234/QĐ-UBND).`,
      })
