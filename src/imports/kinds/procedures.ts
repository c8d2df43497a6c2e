import { normalizeCodeText } from '../../base/formats/normalizeCode'
import { NATIONAL_FIELDS } from '../../fields/choices/lists'
import { spelledAsChoice } from '../../fields/choices/rules'
import type { ImportKind } from '../importRecords'
import { procedureFromRecord } from '../rules/procedureRecord'

/** Administrative procedures from the National Database's exports, matched by code within the unit. */
export const PROCEDURES: ImportKind = {
  collection: 'procedures',
  keyField: 'code',
  parse: (_payload, record) => {
    const result = procedureFromRecord(record)
    if ('problems' in result) return result
    const code = normalizeCodeText(result.data.code)
    // Stored as the collection stores them, so a re-run compares like with like ("ho tich" is kept "Hộ tịch").
    const field = result.data.field && spelledAsChoice(result.data.field, NATIONAL_FIELDS)
    return { data: { ...result.data, code, field }, key: code }
  },
}
