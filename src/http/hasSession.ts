import type { Request as ExpressRequest } from 'express'

/** Signed-in people (the admin panel, previews) send a session; anonymous portal clients do not. */
export const hasSession = (req: ExpressRequest, cookiePrefix: string): boolean =>
  Boolean(req.headers.authorization) || (req.headers.cookie ?? '').includes(`${cookiePrefix}-token=`)
