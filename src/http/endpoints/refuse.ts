import type { PayloadRequest } from 'payload'

import { inLanguage, type Message } from '../../base/errors/fieldError'

/** An endpoint's refusal: the status, and the reason in the request's language, naming the field when one is at fault. */
export const refuse = (req: PayloadRequest, status: number, message: Message, field?: string): Response =>
  Response.json({ errors: [{ message: inLanguage(req, message), ...(field ? { field } : {}) }] }, { status })
