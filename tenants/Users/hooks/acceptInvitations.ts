import type { CollectionAfterOperationHook } from 'payload'

/** Choosing a password through an invitation's link accepts the invitation. */
export const acceptInvitations: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { id?: number | string } } | undefined)?.user
  if (user?.id === undefined) return result
  await req.payload.update({
    collection: 'invitations',
    context: { acceptingInvitation: true },
    data: { status: 'accepted' },
    overrideAccess: true,
    req,
    where: { and: [{ user: { equals: user.id } }, { status: { equals: 'pending' } }] },
  })
  return result
}
