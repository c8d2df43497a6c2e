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
  validationError(req, [{ message: inLanguage(req, message), path }], collection)

/**
 * A validation error (400) whose heading line ("The following field is invalid: …") is in the request's language
 * too: Payload words it in English unless given the request's translator.
 */
export const validationError = (
  req: PayloadRequest,
  errors: Array<{ message: string; path: string }>,
  collection?: string,
): ValidationError => new ValidationError({ collection, errors, req }, req.t)
