import type { RequestHandler } from 'express'

import { languageOf } from '../base/language'
import { idParameterProblem } from '../query/whereProblems'
import { refuseField } from './refuseField'

/**
 * `PATCH` and `DELETE /api/<collection>/<id>` with an id this database cannot have (a word on SQL) are refused
 * with 400 naming `id`: Payload's handlers drop such an id before any hook sees it and then fail with 500
 * ("Missing ID of document to update"). Reads by id are checked by the query check (src/query).
 */
export const restIdCheck =
  (collections: readonly string[], idType: 'number' | 'text'): RequestHandler =>
  (req, res, next) => {
    if (req.method !== 'PATCH' && req.method !== 'DELETE') return next()
    const match = /^\/api\/([^/]+)\/([^/]+)\/?$/.exec(req.path)
    if (!match || !collections.includes(match[1]!)) return next()
    const found = idParameterProblem(decodeURIComponent(match[2]!), { idType, locales: [] })
    if (!found) return next()
    refuseField(res, 'id', found.message[languageOf(req.headers['accept-language'])])
  }
