/** Document ids are numbers on SQL databases and strings on MongoDB; code never assumes either. */
export type Id = number | string

/** The id of a relationship value, whether it arrived populated (an object) or as a bare id. */
export const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return undefined
}

/** The ids of a hasMany relationship's values (populated or bare); missing values and unset fields give none. */
export const idsOf = (values: readonly unknown[] | null | undefined): Id[] =>
  (values ?? []).map(idOf).filter((id): id is Id => id !== undefined)

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = idOf(a)
  const right = idOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}
