/** One changed field as the audit log keeps it: its name, and for short values what it was and became. */
export type FieldChange = { field: string; from?: unknown; to?: unknown }

/** Values longer than this are named as changed, without their text (a body, a summary). */
export const SHORT_VALUE = 120

/** Fields no one types, or that must never be copied into a log (secrets, derived keys, timestamps). */
const NEVER_LOGGED = new Set([
  'updatedAt',
  'createdAt',
  'salt',
  'hash',
  'password',
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
  'titleKey',
  'textKey',
])

const isDerived = (field: string) => NEVER_LOGGED.has(field) || field.endsWith('Html') || field.endsWith('Key')

/** A value as it is compared and shown: relationships by id, dates as ISO text, missing as null. */
const plain = (value: unknown): unknown => {
  if (value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    if ('id' in value && ('createdAt' in value || 'updatedAt' in value)) return (value as { id: unknown }).id
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, plain(each)]))
  }
  return value
}

const isShort = (value: unknown) =>
  value === null ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  (typeof value === 'string' && value.length <= SHORT_VALUE)

/**
 * What an update changed, field by field (top-level fields; a group or array counts as one): the names of the
 * changed fields, with old and new values when both are short scalars. Secrets and derived fields are never
 * listed. A creation is a change from nothing; a deletion a change to nothing.
 */
export const changedFields = (
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): FieldChange[] => {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: FieldChange[] = []
  for (const field of [...names].sort()) {
    if (field === 'id' || isDerived(field)) continue
    const [from, to] = [plain(before?.[field]), plain(after?.[field])]
    if (JSON.stringify(from) === JSON.stringify(to)) continue
    changes.push(isShort(from) && isShort(to) ? { field, from, to } : { field })
  }
  return changes
}
