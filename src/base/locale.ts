import type { Payload, PayloadRequest, TypedLocale } from 'payload'

import { inLanguage, validationError } from './errors/fieldError'

const check = (req: PayloadRequest, requested: null | string | undefined, allowAll: boolean): string | undefined => {
  const locale = requested ?? req.locale ?? undefined
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  if (locale === undefined || codes.includes(locale) || (allowAll && locale === 'all')) return locale
  const choices = [...codes, ...(allowAll ? ['all'] : [])].join(', ')
  const message = inLanguage(req, {
    en: `locale must be one of ${choices}.`,
    vi: `locale phải là một trong ${choices}.`,
  })
  throw validationError(req, [{ message, path: 'locale' }])
}

/**
 * The content locale a request asks for (an explicit argument, else the request's own), checked against the
 * configured locales: an unknown one is refused with a 400 naming `locale`, never passed on to the database.
 * `all` (every locale at once) is allowed where documents are read whole.
 */
export const requestedLocale = (req: PayloadRequest, requested?: null | string): TypedLocale | 'all' | undefined =>
  check(req, requested, true) as TypedLocale | 'all' | undefined

/** The same, for reads that work in one locale (search keys are per locale). */
export const requestedSingleLocale = (req: PayloadRequest, requested?: null | string): TypedLocale | undefined =>
  check(req, requested, false) as TypedLocale | undefined

/**
 * The Vietnamese text of a value read through the adapter or with `locale: 'all'`, which may come as
 * `{ vi, en }` or already as the text; undefined when there is no text.
 */
export const vietnameseText = (value: unknown): string | undefined => {
  const text = value && typeof value === 'object' ? (value as { vi?: unknown }).vi : value
  return typeof text === 'string' ? text : undefined
}

/**
 * The configured content locales, and the one whose value Payload shows where a locale has none (the default
 * locale: `localization.fallback` is on).
 */
export const localesOf = (payload: Pick<Payload, 'config'>): { fallback: string; locales: string[] } => {
  const localization = payload.config.localization
  return localization
    ? { fallback: localization.defaultLocale, locales: localization.localeCodes }
    : { fallback: 'vi', locales: ['vi'] }
}
