import { type ItemShape, offeringsOf, type Source, sourceKey } from '../../../tenants/rules/inheritance'

/**
 * The counts of a collection's published items per value of one field, kept per *offering* (the items of a unit,
 * or those of a unit marked for a level: tenants/rules/inheritance.ts) and per locale. A portal's counts are the
 * sum over its sources, and an item is offered to a portal by one source at most (each source names another
 * unit), so the sum counts every item it shows once.
 */
export type Tally = Record<string, Record<string, number>>

export type FieldCount = { count: number; field: string }

/** Where an offering's counts are kept: one row per collection and offering. */
export const tallyKey = (collection: string, source: Source): string => `${collection}:${sourceKey(source)}`

/** The offerings whose counts a change may alter: the item's before and after (unit, levels shown on). */
export const changedOfferings = (item: ItemShape, previous?: ItemShape): Source[] => [
  ...new Map([...offeringsOf(item), ...(previous ? offeringsOf(previous) : [])].map((s) => [sourceKey(s), s])).values(),
]

/**
 * A locale's text of a value read with `locale: 'all'` (`{ vi, en }`), or of an unlocalized one, falling back to
 * the default locale as Payload does for text (an empty or missing value takes the fallback's).
 */
const textIn = (value: unknown, locale: string, fallback: string): string | undefined => {
  if (typeof value === 'string') return value || undefined
  if (!value || typeof value !== 'object') return undefined
  const byLocale = value as Record<string, unknown>
  const own = byLocale[locale]
  if (typeof own === 'string' && own) return own
  const other = byLocale[fallback]
  return typeof other === 'string' && other ? other : undefined
}

/** The counts of the values of some items (each read with `locale: 'all'`), per locale. */
export const tallyOf = (values: unknown[], locales: readonly string[], fallback: string): Tally =>
  Object.fromEntries(
    locales.map((locale) => {
      const counts: Record<string, number> = {}
      for (const value of values) {
        const text = textIn(value, locale, fallback)
        if (text) counts[text] = (counts[text] ?? 0) + 1
      }
      return [locale, counts]
    }),
  )

/** Counts as a list: most items first, then by value in Vietnamese collation. */
export const sortedCounts = (counts: Map<string, number>): FieldCount[] =>
  [...counts]
    .map(([field, count]) => ({ count, field }))
    .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field, 'vi'))

/** A portal's counts in one locale: the sum of its sources' tallies. */
export const sumTallies = (tallies: readonly Tally[], locale: string): FieldCount[] => {
  const sum = new Map<string, number>()
  for (const tally of tallies)
    for (const [field, count] of Object.entries(tally[locale] ?? {})) sum.set(field, (sum.get(field) ?? 0) + count)
  return sortedCounts(sum)
}
