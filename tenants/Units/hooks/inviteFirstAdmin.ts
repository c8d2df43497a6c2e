import type { CollectionAfterChangeHook } from 'payload'

/**
 * A unit created with `inviteAdminEmail` (the admin panel's create form, or `npm run unit -- create --admin`)
 * gets its first unit admin through an invitation (tenants/Invitations), listed with the others. The link is left
 * in the request context for the CLI.
 */
export const inviteFirstAdmin: CollectionAfterChangeHook = async ({ data, doc, operation, req }) => {
  const email = typeof data.inviteAdminEmail === 'string' ? data.inviteAdminEmail.trim() : ''
  if (operation !== 'create' || !email) return doc
  await req.payload.create({
    collection: 'invitations',
    data: { email, role: 'unit-admin', unit: doc.id },
    overrideAccess: true,
    req,
  })
  return doc
}
