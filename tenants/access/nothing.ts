import type { Where } from 'payload'

/**
 * A constraint no document meets. Public lists answer it with an empty list (200), where `false` would be a 403:
 * a portal that names an unknown unit simply has nothing to show.
 */
export const NOTHING: Where = { id: { exists: false } }
