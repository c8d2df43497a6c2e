import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../base/ids'
import { escapeHtml } from '../base/text/html'
import type { NotificationKind } from './kinds'

export type Notice = { kind: NotificationKind; link?: string; message: string; recipient: Id; title: string }

/**
 * Tells a person something: a notification in the admin panel (the Notifications list), and an email through the
 * configured adapter (SMTP_URL; without one, Payload writes it to the log). Never throws: a notice that cannot be
 * delivered is logged, and the work that caused it stands.
 */
export const notify = async (payload: Payload, notice: Notice, req?: PayloadRequest): Promise<void> => {
  try {
    await payload.create({
      collection: 'notifications',
      data: { ...notice, recipient: notice.recipient as number },
      overrideAccess: true,
      req,
    })
    const person = await payload.findByID({ collection: 'users', depth: 0, id: notice.recipient, overrideAccess: true })
    const link = notice.link ? `${payload.config.serverURL}${notice.link}` : undefined
    await payload.sendEmail({
      html: `<p>${escapeHtml(notice.message)}</p>${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : ''}`,
      subject: notice.title,
      text: `${notice.message}${link ? `\n\n${link}` : ''}`,
      to: person.email,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `could not notify user ${notice.recipient}: ${notice.title}` })
  }
}
