import type { RequestHandler } from 'express'

import { pageSizeProblem } from './pageSize'

/** Signed-in people (the admin panel) send a session; anonymous portal clients do not. */
const hasSession = (cookie: string | undefined, authorization: string | undefined, cookiePrefix: string) =>
  Boolean(authorization) || (cookie ?? '').includes(`${cookiePrefix}-token=`)

/**
 * Anonymous REST reads come in pages of at most MAX_PAGE_SIZE: a larger `limit`, `limit=0` (everything) or
 * `pagination=false` is refused with a 400 naming the parameter, before any query runs.
 */
export const restPageSize =
  (cookiePrefix: string): RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'GET' || hasSession(req.headers.cookie, req.headers.authorization, cookiePrefix)) return next()
    const problem = req.query.pagination === 'false' ? 'Page size limit: anonymous requests cannot turn pagination off.' : pageSizeProblem(req.query.limit)
    if (!problem) return next()
    res.status(400).json({ errors: [{ field: req.query.pagination === 'false' ? 'pagination' : 'limit', message: problem }] })
  }
