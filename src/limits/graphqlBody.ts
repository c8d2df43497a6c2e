import express, { type ErrorRequestHandler, type RequestHandler } from 'express'

/** The largest GraphQL request body accepted; real portal queries are a few kilobytes. */
export const MAX_GRAPHQL_BODY = '100kb'

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string) => res.status(status).json({ errors: [{ message }] })

/**
 * Reads a GraphQL POST body (at most MAX_GRAPHQL_BODY) so it can be checked before Payload sees it: one
 * operation per request, since a batch (a JSON array) would multiply the work of one request.
 */
export const graphqlBody: RequestHandler[] = [
  express.raw({ limit: MAX_GRAPHQL_BODY, type: () => true }),
  (req, res, next) => {
    const body: unknown = req.body
    if (Buffer.isBuffer(body) && body.toString('utf8', 0, 64).trimStart().startsWith('[')) {
      refuse(res, 400, 'Batch limit: send one GraphQL operation per request, not a list.')
      return
    }
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
