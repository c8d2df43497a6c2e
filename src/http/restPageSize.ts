import type { RequestHandler } from 'express'

import { languageOf } from '../base/language'
import { hasSession } from './hasSession'
import { pageSizeProblem } from './pageSize'
import { refuseField } from './refuseField'

/**
 * Anonymous REST reads come in pages of at most MAX_PAGE_SIZE: a larger `limit`, `limit=0` (everything) or
 * `pagination=false` is refused with a 400 naming the parameter, before any query runs.
 */
export const restPageSize =
  (cookiePrefix: string): RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'GET' || hasSession(req, cookiePrefix)) return next()
    const problem =
      req.query.pagination === 'false'
        ? {
            en: 'Page size limit: anonymous requests cannot turn pagination off.',
            vi: 'Giới hạn cỡ trang: yêu cầu không đăng nhập không được tắt phân trang.',
          }
        : pageSizeProblem(req.query.limit)
    if (!problem) return next()
    refuseField(
      res,
      req.query.pagination === 'false' ? 'pagination' : 'limit',
      problem[languageOf(req.headers['accept-language'])],
    )
  }
