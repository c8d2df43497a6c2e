import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { escapeHtml } from '../../src/base/text/html'

import type { User } from '../../payload-types'
import type { Assignment } from '../users'

export type Invitation = { link: string; userId: number | string }

/** Invitation links are password-reset links; they must outlive a weekend. */
export const INVITATION_VALID_MS = 3 * 24 * 60 * 60 * 1000

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
  // The welcome page (src/admin/WelcomeView.tsx): the person chooses their password there.
  const link = `${payload.config.serverURL}/admin/welcome/${token}`
  const greeting = name ? `Kính gửi ${escapeHtml(name)},` : 'Xin chào,'
  await payload
    .sendEmail({
      html: `<p>${greeting}</p><p>Bạn được mời tham gia hệ thống quản trị cổng thông tin điện tử. Hãy đặt mật khẩu của bạn tại: <a href="${link}">${link}</a> (hiệu lực 3 ngày, dùng một lần).</p>`,
      subject: 'Lời mời sử dụng hệ thống cổng thông tin điện tử',
      text: `${name ? `Kính gửi ${name},` : 'Xin chào,'}\n\nBạn được mời tham gia hệ thống quản trị cổng thông tin điện tử. Hãy đặt mật khẩu của bạn tại:\n${link}\n(hiệu lực 3 ngày, dùng một lần)`,
      to: email,
    })
    .catch((error: unknown) => payload.logger.warn({ err: error, msg: `invitation email to ${email} not sent` }))
  return { link, userId: user.id }
}
