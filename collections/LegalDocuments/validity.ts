import type { Where } from 'payload'

import { vietnamDay } from '../../src/base/time/vietnamDay'

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

const DAY_MS = 24 * 60 * 60 * 1000
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The first instant of the day after `today` (YYYY-MM-DD) in Vietnam: dates before it fall on or before today. */
const startOfNextDay = (today: string) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + DAY_MS - VIETNAM_OFFSET_MS).toISOString()

/**
 * The stored-field constraint equivalent to `validity = status` on a given day, so frontends can filter by the
 * derived validity (mirrors deriveValidity; a status set by hand wins).
 */
export const validityWhere = (status: Validity, today: string): Where => {
  const next = startOfNextDay(today)
  const byHand: Where = { validityOverride: { equals: status } }
  const fromDates = (constraint: Where): Where => ({
    or: [byHand, { and: [{ validityOverride: { exists: false } }, constraint] }],
  })
  const startsAfterToday: Where = {
    or: [
      { effectiveAt: { greater_than_equal: next } },
      { and: [{ effectiveAt: { exists: false } }, { issuedAt: { greater_than_equal: next } }] },
    ],
  }
  const startedByToday: Where = {
    or: [
      { effectiveAt: { less_than: next } },
      { and: [{ effectiveAt: { exists: false } }, { issuedAt: { less_than: next } }] },
    ],
  }
  switch (status) {
    case 'not-yet-in-force':
      return fromDates(startsAfterToday)
    case 'expired':
      return fromDates({ and: [startedByToday, { expiresAt: { less_than: next } }] })
    case 'in-force':
      return fromDates({
        and: [startedByToday, { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than_equal: next } }] }],
      })
    default:
      return byHand
  }
}
