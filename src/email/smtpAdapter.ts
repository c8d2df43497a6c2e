import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

export type SmtpOptions = { from: string; fromName: string; url: string }

/**
 * Payload's email adapter over nodemailer's SMTP transport, configured by one URL (SMTP_URL). Payload's own
 * `@payloadcms/email-nodemailer` is pinned to the exact Payload patch it was released with (3.90.1 for our
 * 3.90.2), so this is the same few lines over nodemailer directly.
 */
export const smtpAdapter =
  ({ from, fromName, url }: SmtpOptions): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport(url)
    return {
      name: 'smtp',
      defaultFromAddress: from,
      defaultFromName: fromName,
      sendEmail: async (message) => transport.sendMail({ from: { address: from, name: fromName }, ...message }),
    }
  }
