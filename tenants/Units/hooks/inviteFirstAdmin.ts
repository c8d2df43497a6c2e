import type { CollectionAfterChangeHook } from 'payload'

import { inviteUser } from '../../provisioning/inviteUser'

/**
 * A unit created with `inviteAdminEmail` (the admin panel's create form, or `npm run unit -- create --admin`)
 * gets its first unit admin, invited by a one-time link. The link is left in the request context for the CLI.
 */
export const inviteFirstAdmin: CollectionAfterChangeHook = async ({ data, doc, operation, req }) => {
  const email = typeof data.inviteAdminEmail === 'string' ? data.inviteAdminEmail.trim() : ''
  if (operation !== 'create' || !email) return doc
  const invitation = await inviteUser(req.payload, {
    assignments: [{ includeSubunits: false, role: 'unit-admin', unit: doc.id }],
    email,
    req,
  })
  ;(req.context as { invitation?: typeof invitation }).invitation = invitation
  return doc
}
