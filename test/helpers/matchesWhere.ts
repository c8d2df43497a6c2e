import type { Where } from 'payload'

/**
 * Evaluates a Payload `where` on a plain object, for the operators our rules produce (equals, not_equals, in,
 * exists, and, or), so a pure rule's constraint can be checked against the rule's own statement without a
 * database. Array fields (hasMany) match when any element does, as on the databases. Anything else throws.
 */
export const matchesWhere = (doc: Record<string, unknown>, where: Where): boolean =>
  Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return (condition as Where[]).every((part) => matchesWhere(doc, part))
    if (key === 'or') return (condition as Where[]).some((part) => matchesWhere(doc, part))
    const value = doc[key]
    const values = (Array.isArray(value) ? value : [value]).map((each) =>
      each === undefined || each === null ? each : String(each),
    )
    return Object.entries(condition as Record<string, unknown>).every(([operator, operand]) => {
      switch (operator) {
        case 'equals':
          return values.includes(String(operand))
        case 'not_equals':
          return !values.includes(String(operand))
        case 'in':
          return (operand as unknown[]).some((each) => values.includes(String(each)))
        case 'exists':
          return (value !== undefined && value !== null) === operand
        default:
          throw new Error(`matchesWhere: operator ${operator} is not supported`)
      }
    })
  })
