/** What importing a record does to the item it matches: nothing, a new item, or a change. */
export type UpsertAction = 'create' | 'unchanged' | 'update'

/** Whether the stored value already says what the given one says (only the given keys count; ids and other stored keys do not). */
export const holds = (stored: unknown, given: unknown): boolean => {
  if (given === undefined) return true
  if (Array.isArray(given)) {
    return (
      Array.isArray(stored) &&
      stored.length === given.length &&
      given.every((each, index) => holds(stored[index], each))
    )
  }
  if (given && typeof given === 'object') {
    if (!stored || typeof stored !== 'object') return false
    return Object.entries(given).every(([key, value]) => holds((stored as Record<string, unknown>)[key], value))
  }
  return (stored ?? null) === (given ?? null)
}

/**
 * Creating when nothing matches, nothing when the stored item already holds every given value (a re-run of
 * the same file, or a resumed one, changes nothing), changing it otherwise.
 */
export const upsertAction = (
  stored: Record<string, unknown> | undefined,
  given: Record<string, unknown>,
): UpsertAction => (!stored ? 'create' : holds(stored, given) ? 'unchanged' : 'update')
