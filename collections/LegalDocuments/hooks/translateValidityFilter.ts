import type { CollectionBeforeOperationHook, Where } from 'payload'

import { vietnamDay } from '../../../src/base/time/vietnamDay'
import { type Validity, VALIDITY_STATUSES, validityWhere } from '../validity'

const STATUSES = new Set<string>(VALIDITY_STATUSES.map((status) => status.value))
/** GraphQL spells enum values with underscores (`in_force`). */
const statusOf = (value: unknown): Validity | undefined => {
  const status = typeof value === 'string' ? value.replace(/_/g, '-') : undefined
  return status && STATUSES.has(status) ? (status as Validity) : undefined
}

const constraintFor = (condition: unknown, today: string): Where => {
  const { equals, in: among } = (condition ?? {}) as { equals?: unknown; in?: unknown }
  // REST sends `in` as a comma-separated string, GraphQL as a list.
  const list = typeof among === 'string' ? among.split(',') : Array.isArray(among) ? among : []
  const wanted = (equals !== undefined ? [equals] : list).map(statusOf)
  // Unknown statuses or operators match nothing rather than everything.
  if (wanted.length === 0 || wanted.some((status) => status === undefined)) return { id: { exists: false } }
  return { or: wanted.map((status) => validityWhere(status!, today)) }
}

const translate = (where: Where, today: string): Where => {
  const { and, or, validity, ...rest } = where as Where & { validity?: unknown }
  const translated: Where = { ...rest }
  if (Array.isArray(and)) translated.and = and.map((part) => translate(part, today))
  if (Array.isArray(or)) translated.or = or.map((part) => translate(part, today))
  if (validity === undefined) return translated
  return Object.keys(translated).length === 0
    ? constraintFor(validity, today)
    : { and: [translated, constraintFor(validity, today)] }
}

/**
 * `validity` is derived from the dates on read, so it is not stored; a filter on it (`validity equals in_force`,
 * or `in [...]`) becomes the equivalent constraint on the dates and the status set by hand, as of today.
 */
export const translateValidityFilter: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const { where } = args as { where?: Where }
  if (!where || !JSON.stringify(where).includes('"validity"')) return args
  return { ...args, where: translate(where, vietnamDay(new Date())!) }
}
