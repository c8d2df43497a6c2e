import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../../../src/base/errors/fieldError'
import { idOf } from '../../../src/base/ids'
import { INVITATION_VALID_MS, inviteUser } from '../../provisioning/inviteUser'
import type { Role } from '../../roles'
import { type InvitationStatus, mayChangeStatus } from '../status'

/**
 * A new invitation makes the person's account (with the role in the unit, checked against the inviter's own
 * rights by the users' guardRoles) and sends them the welcome link, in the same transaction: an invitation that
 * cannot be made leaves no account behind. Revoking a pending one removes the account it made, never used.
 */
export const sendInvitation: CollectionBeforeChangeHook = async ({ context, data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const email = String(data.email ?? '')
      .trim()
      .toLowerCase()
    if (!email || idOf(data.unit) === undefined || !data.role) return data
    const existing = await req.payload.count({
      collection: 'users',
      overrideAccess: true,
      req,
      where: { email: { equals: email } },
    })
    if (existing.totalDocs > 0) {
      throw fieldError(req, 'invitations', 'email', {
        en: `${email} already has an account: give them the role in Users instead.`,
        vi: `${email} đã có tài khoản: hãy thêm vai trò cho người này trong mục Người dùng.`,
      })
    }
    const invitation = await inviteUser(req.payload, {
      assignments: [{ includeSubunits: Boolean(data.includeSubunits), role: data.role as Role, unit: data.unit }],
      email,
      name: data.name || undefined,
      req,
    })
    ;(req.context as { invitation?: typeof invitation }).invitation = invitation
    return {
      ...data,
      email,
      expiresAt: new Date(Date.now() + INVITATION_VALID_MS).toISOString(),
      invitedBy: req.user?.id,
      status: 'pending',
      user: invitation.userId,
    }
  }
  const from = (originalDoc?.status ?? 'pending') as InvitationStatus
  const to = (data.status ?? from) as InvitationStatus
  // Only the system accepts an invitation, when its link is used (tenants/Users/hooks/acceptInvitations.ts).
  const accepting = Boolean((context as { acceptingInvitation?: boolean }).acceptingInvitation)
  if (!(accepting && from === 'pending' && to === 'accepted') && !mayChangeStatus(from, to)) {
    throw fieldError(req, 'invitations', 'status', {
      en: 'Only a pending invitation can be revoked; nothing else about it can be changed.',
      vi: 'Chỉ thu hồi được lời mời đang chờ; không thay đổi được điều gì khác.',
    })
  }
  if (from === 'pending' && to === 'revoked' && idOf(originalDoc?.user) !== undefined) {
    await req.payload.delete({ collection: 'users', id: idOf(originalDoc.user)!, overrideAccess: true, req })
    return { ...data, user: null }
  }
  return data
}
