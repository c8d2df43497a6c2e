import type { IncomingMessage } from 'node:http'

type WithHeaders = Pick<IncomingMessage, 'headers'>

/** The browser sent Payload's session cookie (what a page of another site could make it send). */
export const hasSessionCookie = (req: WithHeaders, cookiePrefix: string): boolean =>
  (req.headers.cookie ?? '').split(/;\s*/).some((cookie) => cookie.startsWith(`${cookiePrefix}-token=`))

/** Signed-in people (the admin panel, previews) send a session; anonymous portal clients do not. */
export const hasSession = (req: WithHeaders, cookiePrefix: string): boolean =>
  Boolean(req.headers.authorization) || hasSessionCookie(req, cookiePrefix)
