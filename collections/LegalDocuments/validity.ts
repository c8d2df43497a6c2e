import { vietnamDay } from '../../src/time/vietnamDay'

export const VALIDITY_STATUSES = [
  { label: { en: 'In force', vi: 'Còn hiệu lực' }, value: 'in-force' },
  { label: { en: 'Partly expired', vi: 'Hết hiệu lực một phần' }, value: 'partly-expired' },
  { label: { en: 'Expired', vi: 'Hết hiệu lực toàn bộ' }, value: 'expired' },
  { label: { en: 'Not yet in force', vi: 'Chưa có hiệu lực' }, value: 'not-yet-in-force' },
] as const

export type Validity = (typeof VALIDITY_STATUSES)[number]['value']

export type DocumentDates = {
  effectiveAt?: null | string
  expiresAt?: null | string
  issuedAt?: null | string
}

/**
 * Validity from the dates, on a given day (Vietnam time): before the effective date (the issue date when none
 * is given) it is not yet in force; from the expiry date on it has expired. Partial expiry comes from other
 * documents, never from dates, so it is only ever set by hand.
 */
export const deriveValidity = (dates: DocumentDates, today: string): Validity => {
  const from = vietnamDay(dates.effectiveAt ?? dates.issuedAt)
  if (from && today < from) return 'not-yet-in-force'
  const until = vietnamDay(dates.expiresAt)
  if (until && today >= until) return 'expired'
  return 'in-force'
}
