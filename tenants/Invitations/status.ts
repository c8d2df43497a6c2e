export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

export const STATUS_LABELS: Record<InvitationStatus, { en: string; vi: string }> = {
  accepted: { en: 'Accepted', vi: 'Đã nhận' },
  expired: { en: 'Expired', vi: 'Hết hạn' },
  pending: { en: 'Pending', vi: 'Đang chờ' },
  revoked: { en: 'Revoked', vi: 'Đã thu hồi' },
}

/** What an invitation's status is now: a pending one whose link has run out has expired. */
export const currentStatus = (stored: InvitationStatus, expiresAt: string | null | undefined, now: Date) =>
  stored === 'pending' && expiresAt && new Date(expiresAt).getTime() <= now.getTime() ? 'expired' : stored

/** The changes a person may make to an invitation: only revoking a pending one. */
export const mayChangeStatus = (from: InvitationStatus, to: InvitationStatus) =>
  from === to || (from === 'pending' && to === 'revoked')
