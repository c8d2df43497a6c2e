import { normalizeCodeText } from './normalizeCode'

/**
 * "Number and symbol" (số, ký hiệu) of a Vietnamese legal document, as Decree 30/2020/NĐ-CP sets it out:
 * a number, for legal normative documents the year of issue, then the symbol of the document type and the
 * issuing body: `42/2022/NĐ-CP`, `15/2023/QĐ-UBND`, `45/2019/QH14`; official letters (công văn) have no year
 * and carry the issuing body and drafting unit: `123/UBND-VP`.
 */
const DOCUMENT_NUMBER = /^(\d{1,5})(?:\/(\d{4}))?\/([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)$/u

export type DocumentNumber = { number: number; symbol: string; text: string; year?: number }

export const FIRST_YEAR = 1945

/** Parses a number and symbol (written as normalizeCodeText writes it); undefined if malformed. */
export const parseDocumentNumber = (
  value: string,
  currentYear = new Date().getFullYear(),
): DocumentNumber | undefined => {
  const text = normalizeCodeText(value)
  const match = DOCUMENT_NUMBER.exec(text)
  if (!match) return undefined
  const year = match[2] ? Number(match[2]) : undefined
  if (year !== undefined && (year < FIRST_YEAR || year > currentYear + 1)) return undefined
  return { number: Number(match[1]), symbol: match[3]!, text, year }
}
