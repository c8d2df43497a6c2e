import express, { type ErrorRequestHandler, type RequestHandler } from 'express'

import type { Message } from '../../base/errors/fieldError'
import { languageOf } from '../../base/language'
import { type GraphqlParams, rememberGraphqlParams } from './request'

/** The largest GraphQL request body accepted; real portal queries are a few kilobytes. */
export const MAX_GRAPHQL_BODY_BYTES = 100 * 1024
/** The same, as the size limits of Express's body parsers spell it (and the messages say it). */
export const MAX_GRAPHQL_BODY = `${MAX_GRAPHQL_BODY_BYTES / 1024}kb`

const refuse = (
  req: Parameters<RequestHandler>[0],
  res: Parameters<RequestHandler>[1],
  status: number,
  message: Message,
) => res.status(status).json({ errors: [{ message: message[languageOf(req.headers['accept-language'])] }] })

type Parsed = { params: GraphqlParams } | { problem: [number, Message] }

/** The GraphQL POST body, parsed, or why it is refused before it reaches Payload. */
const parse = (contentType: string | undefined, body: unknown): Parsed => {
  if (!contentType || !/^application\/json\b/i.test(contentType))
    return {
      problem: [
        415,
        {
          en: 'A GraphQL POST must be sent as application/json.',
          vi: 'Yêu cầu GraphQL POST phải gửi dạng application/json.',
        },
      ],
    }
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : '')
  } catch {
    return {
      problem: [400, { en: 'The request body is not valid JSON.', vi: 'Nội dung yêu cầu không phải JSON hợp lệ.' }],
    }
  }
  if (Array.isArray(parsed))
    return {
      problem: [
        400,
        {
          en: 'Batch limit: send one GraphQL operation per request, not a list.',
          vi: 'Giới hạn lô: mỗi yêu cầu chỉ gửi một thao tác GraphQL, không gửi danh sách.',
        },
      ],
    }
  if (!parsed || typeof parsed !== 'object') {
    return {
      problem: [
        400,
        { en: 'The request body must be a JSON object.', vi: 'Nội dung yêu cầu phải là một đối tượng JSON.' },
      ],
    }
  }
  const { extensions } = parsed as { extensions?: unknown }
  if (
    extensions !== undefined &&
    extensions !== null &&
    (typeof extensions !== 'object' || Array.isArray(extensions))
  ) {
    return { problem: [400, { en: '"extensions" must be an object.', vi: '"extensions" phải là một đối tượng.' }] }
  }
  return { params: parsed as GraphqlParams }
}

/**
 * Reads a GraphQL POST body (at most MAX_GRAPHQL_BODY) so it can be checked before Payload sees it: a
 * content-type, valid JSON, and one operation per request, since a batch (a JSON array) would multiply the work
 * of one request. The parsed body is kept for the middleware after it (src/server/graphqlRequest.ts).
 */
export const graphqlBody: RequestHandler[] = [
  express.raw({ limit: MAX_GRAPHQL_BODY, type: () => true }),
  (req, res, next) => {
    const parsed = parse(req.headers['content-type'], req.body)
    if ('problem' in parsed) return refuse(req, res, ...parsed.problem)
    rememberGraphqlParams(res, parsed.params)
    next()
  },
]

/** A body over the size limit is answered here, in GraphQL's error shape. */
export const graphqlBodyErrors: ErrorRequestHandler = (error, req, res, next) => {
  if ((error as { type?: string }).type === 'entity.too.large') {
    refuse(req, res, 413, {
      en: `Request size limit: a GraphQL request body may be at most ${MAX_GRAPHQL_BODY}.`,
      vi: `Giới hạn kích thước: nội dung yêu cầu GraphQL tối đa ${MAX_GRAPHQL_BODY}.`,
    })
    return
  }
  next(error)
}
