import type { CollectionBeforeOperationHook } from 'payload'

import { INVITATION_VALID_MS } from '../../provisioning/inviteUser'

/** One reset link per address per this long: a form submitted in a loop must not flood someone's mailbox. */
export const RESET_REQUEST_INTERVAL_MS = 60_000

/** An address no account can have (`.invalid` is reserved, RFC 2606). */
const NOBODY = 'nobody@throttled.invalid'

/**
 * Payload's own limit (`forgotPassword.minRequestInterval`) reserves the request with a write outside the
 * operation's transaction; on SQLite, whose write transactions start at once (BEGIN IMMEDIATE), that write waits
 * for the very transaction it runs beside, and every "forgot password" failed after 5 s with "database busy"
 * (payload 3.90 auth/operations/forgotPassword.ts). So the limit is ours, read inside the transaction: when the
 * address was sent a link less than a minute ago, the request goes on for an address no one has, which
 * Payload answers exactly as for an unknown address (no email, the earlier link stays valid, nothing revealed).
 */
export const throttleResetRequests: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const data = (args as { data?: { email?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.trim().toLowerCase() : ''
  if (!email) return args
  const user = await req.payload.db.findOne<{ id: number | string; resetPasswordExpiration?: string | null }>({
    collection: 'users',
    req,
    where: { email: { equals: email } },
  })
  const sentAt = user?.resetPasswordExpiration
    ? new Date(user.resetPasswordExpiration).getTime() - INVITATION_VALID_MS
    : undefined
  if (sentAt === undefined || Date.now() - sentAt >= RESET_REQUEST_INTERVAL_MS) return args
  return { ...args, data: { ...data, email: NOBODY } }
}
