import type { RequestHandler } from 'express'

import { languageOf } from '../base/language'
import { localeProblem } from '../base/locale'
import { refuseField } from './refuseField'

/** The query parameters Payload's REST handlers read a content locale from (createPayloadRequest). */
const PARAMETERS = [
  ['locale', 'locale'],
  ['fallback-locale', 'fallback-locale'],
  ['fallbackLocale', 'fallback-locale'],
] as const

/**
 * A REST request for a content locale that does not exist (`?locale=en-US`, `?fallback-locale=fr`) is refused
 * with a 400 naming the parameter, before any handler runs: Payload answers it in the default locale without a
 * word (sanitizeLocales), so a frontend's typo looked like missing translations.
 */
export const restLocale =
  (codes: readonly string[]): RequestHandler =>
  (req, res, next) => {
    for (const [name, parameter] of PARAMETERS) {
      const requested = req.query[name]
      if (requested === undefined) continue
      const problem = localeProblem(requested, codes, { allowAll: true, parameter })
      if (!problem) continue
      return refuseField(res, name, problem[languageOf(req.headers['accept-language'])])
    }
    next()
  }
