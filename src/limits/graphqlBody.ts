import express, { type ErrorRequestHandler, type RequestHandler } from 'express'

/** The largest GraphQL request body accepted; real portal queries are a few kilobytes. */
export const MAX_GRAPHQL_BODY = '100kb'

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string) => res.status(status).json({ errors: [{ message }] })

/** Why a GraphQL POST is refused before it reaches Payload, or undefined when it may go on. */
const problemOf = (contentType: string | undefined, body: unknown): [number, string] | undefined => {
  if (!contentType || !/^application\/json\b/i.test(contentType)) return [415, 'A GraphQL POST must be sent as application/json.']
  if (!Buffer.isBuffer(body)) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    return [400, 'The request body is not valid JSON.']
  }
  if (Array.isArray(parsed)) return [400, 'Batch limit: send one GraphQL operation per request, not a list.']
  const extensions = (parsed as { extensions?: unknown } | null)?.extensions
  if (extensions !== undefined && extensions !== null && (typeof extensions !== 'object' || Array.isArray(extensions))) {
    return [400, '"extensions" must be an object.']
  }
  return undefined
}

/**
 * Reads a GraphQL POST body (at most MAX_GRAPHQL_BODY) so it can be checked before Payload sees it: a
 * content-type, valid JSON, and one operation per request, since a batch (a JSON array) would multiply the work
 * of one request.
 */
export const graphqlBody: RequestHandler[] = [
  express.raw({ limit: MAX_GRAPHQL_BODY, type: () => true }),
  (req, res, next) => {
    const problem = problemOf(req.headers['content-type'], req.body)
    if (problem) return refuse(res, ...problem)
    next()
  },
]

/** A body over the size limit is answered here, in GraphQL's error shape. */
export const graphqlBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if ((error as { type?: string }).type === 'entity.too.large') {
    refuse(res, 413, `Request size limit: a GraphQL request body may be at most ${MAX_GRAPHQL_BODY}.`)
    return
  }
  next(error)
}
