import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A unit that is deleted takes its invitations with it: an invitation names its unit (a required column, which
 * PostgreSQL refuses to empty), and one to a unit that no longer exists is meaningless.
 */
export const removeInvitations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'invitations', overrideAccess: true, req, where: { unit: { equals: id } } })
}
