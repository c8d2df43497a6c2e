/** The most items one anonymous REST request or any GraphQL list returns. */
export const MAX_PAGE_SIZE = 100

import type { Message } from '../base/errors/fieldError'

/** Why a requested page size is refused, or undefined when it is fine. */
export const pageSizeProblem = (limit: unknown): Message | undefined => {
  if (limit === undefined || limit === null || limit === '') return undefined
  // GraphQL's untyped values can be objects without a prototype, which Number() cannot even convert.
  const value = typeof limit === 'number' || typeof limit === 'string' ? Number(limit) : Number.NaN
  return Number.isInteger(value) && value >= 1 && value <= MAX_PAGE_SIZE
    ? undefined
    : {
        en: `Page size limit: "limit" must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${JSON.stringify(limit) ?? typeof limit}).`,
        vi: `Giới hạn cỡ trang: "limit" phải là số nguyên từ 1 đến ${MAX_PAGE_SIZE} (nhận ${JSON.stringify(limit) ?? typeof limit}).`,
      }
}
