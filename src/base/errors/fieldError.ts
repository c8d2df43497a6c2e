import { ValidationError, type PayloadRequest } from 'payload'

export type Message = { en: string; vi: string }

/** A message in the request's language (Vietnamese unless the client asked for English). */
export const inLanguage = (req: Partial<PayloadRequest> | undefined, message: Message): string =>
  req?.i18n?.language === 'en' ? message.en : message.vi

/**
 * Rejects a write with a validation error on one field: HTTP 400 over REST, a GraphQL error, and the field
 * highlighted in the admin panel. Thrown before anything is stored, so the write changes nothing.
 */
export const fieldError = (req: PayloadRequest, collection: string, path: string, message: Message): ValidationError =>
  new ValidationError({ collection, errors: [{ message: inLanguage(req, message), path }], req })
