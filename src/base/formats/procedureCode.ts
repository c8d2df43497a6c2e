import { normalizeCodeText } from './normalizeCode'

/**
 * Procedure codes of the National Database on Administrative Procedures: a level digit, a dot and six digits
 * (`1.001234`), optionally a province's variant suffix (`1.012753.H19`: H and the province's two digits).
 */
const PROCEDURE_CODE = /^(\d)\.(\d{6})(?:\.(H\d{2}))?$/

export type ProcedureCode = { base: string; code: string; provinceSuffix?: string }

export const parseProcedureCode = (value: string): ProcedureCode | undefined => {
  const code = normalizeCodeText(value)
  const match = PROCEDURE_CODE.exec(code)
  if (!match) return undefined
  return { base: `${match[1]}.${match[2]}`, code, provinceSuffix: match[3] }
}
