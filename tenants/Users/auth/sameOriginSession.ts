import { type AuthStrategy, JWTAuthentication } from 'payload'

import { isSameOrigin, REQUEST_ORIGIN_HEADER } from '../../../src/base/origin'

/**
 * Payload accepts a session cookie only from the origins in `csrf` (SERVER_URL and CORS_ORIGINS), so an admin
 * panel opened at http://127.0.0.1:3000 while SERVER_URL says http://localhost:3000 had every save refused as
 * "not allowed". A request from the very origin it was sent to is not cross-site; this strategy runs Payload's own
 * JWT check for it as if it came from SERVER_URL. Other origins are untouched (src/http/origin.ts refuses their
 * writes with a message that says so).
 */
export const sameOriginSession: AuthStrategy = {
  name: 'same-origin-session',
  authenticate: async (args) => {
    const origin = args.headers.get('origin')
    if (!isSameOrigin(origin, args.headers.get(REQUEST_ORIGIN_HEADER))) return { user: null }
    const serverUrl = args.payload.config.serverURL
    if (!serverUrl || isSameOrigin(origin, serverUrl)) return { user: null }
    const headers = new Headers(args.headers)
    headers.set('origin', serverUrl)
    return JWTAuthentication({ ...args, headers, strategyName: 'local-jwt' })
  },
}
