import type { CollectionAfterReadHook } from 'payload'

import { currentStatus, type InvitationStatus } from '../status'

/** A pending invitation whose link has run out reads as expired. */
export const showExpiry: CollectionAfterReadHook = ({ doc }) => ({
  ...doc,
  status: currentStatus(doc.status as InvitationStatus, doc.expiresAt, new Date()),
})
