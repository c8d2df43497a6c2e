import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { User } from '../../payload-types'
import type { Assignment } from '../users'

export type Invitation = { link: string; userId: number | string }

/**
 * Invites a person by email with a one-time link instead of a password: the account gets a random password
 * nobody knows, and the link (a password-reset link, valid 3 days, usable once) lets them choose their own.
 * The link is emailed (or logged, without an email adapter) and returned for whoever provisions to pass on.
 */
export const inviteUser = async (
  payload: Payload,
  { assignments, email, name, req }: { assignments: Assignment[]; email: string; name?: string; req?: PayloadRequest },
): Promise<Invitation> => {
  const user = await payload.create({
    collection: 'users',
    // Unit ids are numbers on SQL databases (the generated type) and strings on MongoDB.
    data: {
      assignments: assignments as NonNullable<User['assignments']>,
      email,
      name,
      password: randomBytes(32).toString('base64url'),
    },
    overrideAccess: true,
    req,
  })
  const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, req })
  const link = `${payload.config.serverURL}/admin/reset/${token}`
  await payload
    .sendEmail({
      html: `<p>Bạn được mời quản trị cổng thông tin điện tử. Đặt mật khẩu tại: <a href="${link}">${link}</a> (hiệu lực 3 ngày, dùng một lần).</p>`,
      subject: 'Lời mời sử dụng hệ thống cổng thông tin điện tử',
      to: email,
    })
    .catch((error: unknown) => payload.logger.warn({ err: error, msg: `invitation email to ${email} not sent` }))
  return { link, userId: user.id }
}
