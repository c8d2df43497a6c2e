import type { Payload, PayloadRequest, TypedLocale } from 'payload'

import { inLanguage, type Message, validationError } from './errors/fieldError'

/** The values of `fallback-locale` that turn the fallback off (Payload's sanitizeFallbackLocale). */
const NO_FALLBACK = ['false', 'none', 'null']

/**
 * Why a requested content locale is refused, or undefined when it is one of `codes` (`all`, every locale at once,
 * where `allowAll`; for a fallback, also its "none" spellings). Payload itself replaces an unknown locale with the
 * default one without a word, so a frontend asking for `en-US` got Vietnamese and no hint why.
 */
export const localeProblem = (
  requested: unknown,
  codes: readonly string[],
  { allowAll = false, parameter = 'locale' }: { allowAll?: boolean; parameter?: 'fallback-locale' | 'locale' } = {},
): Message | undefined => {
  const extra = parameter === 'fallback-locale' ? NO_FALLBACK : allowAll ? ['all'] : []
  const known = (value: unknown) => typeof value === 'string' && (codes.includes(value) || extra.includes(value))
  // Payload takes a list of fallbacks too (`fallback-locale[0]=en`), each one a locale.
  const list = parameter === 'fallback-locale' && Array.isArray(requested) && requested.length > 0
  if (list ? requested.every((value) => typeof value === 'string' && codes.includes(value)) : known(requested))
    return undefined
  const choices = [...codes, ...extra].join(', ')
  return { en: `${parameter} must be one of ${choices}.`, vi: `${parameter} phải là một trong ${choices}.` }
}

const check = (req: PayloadRequest, requested: null | string | undefined, allowAll: boolean): string | undefined => {
  const locale = requested ?? req.locale ?? undefined
  if (locale === undefined) return locale
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  const problem = localeProblem(locale, codes, { allowAll })
  if (problem) throw validationError(req, [{ message: inLanguage(req, problem), path: 'locale' }])
  return locale
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
