import type { RequestHandler } from 'express'

import { languageOf } from '../base/language'
import { CLIENT_ADDRESS_HEADER, REQUEST_ORIGIN_HEADER, refusesForeignSession } from '../base/origin'
import { hasSessionCookie } from './hasSession'

/**
 * Marks every request with the origin it was received at (scheme and host as Express sees them, through
 * TRUST_PROXY), for the same-origin session strategy (tenants/Users/auth), and with the client's address, for
 * the audit log (src/audit); and refuses, saying why, a write that
 * carries a session cookie from a page of another origin. Payload itself would silently ignore that session and
 * answer "you are not allowed", which sent people looking for a missing permission.
 */
export const checkRequestOrigin =
  ({ allowed, cookiePrefix }: { allowed: readonly string[]; cookiePrefix: string }): RequestHandler =>
  (req, res, next) => {
    const ownOrigin = `${req.protocol}://${req.host}`
    // Only this server says where a request arrived; a client's own value is never believed.
    req.headers[REQUEST_ORIGIN_HEADER] = ownOrigin
    req.headers[CLIENT_ADDRESS_HEADER] = req.ip ?? req.socket.remoteAddress ?? ''
    const origin = req.headers.origin
    const hasSession = hasSessionCookie(req, cookiePrefix)
    if (!refusesForeignSession({ allowed, hasSession, method: req.method, origin, ownOrigin })) return next()
    const message = {
      en: `Requests from ${origin} may not use a signed-in session here: open the admin panel at ${ownOrigin}, or add ${origin} to CORS_ORIGINS.`,
      vi: `Yêu cầu từ ${origin} không được dùng phiên đăng nhập tại đây: hãy mở trang quản trị tại ${ownOrigin}, hoặc thêm ${origin} vào CORS_ORIGINS.`,
    }
    res.status(403).json({ errors: [{ message: message[languageOf(req.headers['accept-language'])] }] })
  }
