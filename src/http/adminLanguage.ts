import type { RequestHandler } from 'express'

/**
 * The admin panel opens in Vietnamese. Payload picks the language from its cookie, then from the browser's
 * Accept-Language; most editors' browsers ask for English, so until someone chooses a language in their account
 * settings (which sets the cookie) we ask for Vietnamese on their behalf.
 */
export const preferVietnameseAdmin =
  (cookiePrefix = 'payload'): RequestHandler =>
  (req, _res, next) => {
    const cookies = req.headers.cookie ?? ''
    if (!cookies.split(/;\s*/).some((cookie) => cookie.startsWith(`${cookiePrefix}-lng=`))) {
      req.headers['accept-language'] = 'vi'
    }
    next()
  }
