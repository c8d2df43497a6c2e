import type { Response } from 'express'

/**
 * A 400 refusing one request parameter, answered before Payload sees the request: the shape of Payload's own
 * validation errors (`errors[].data.errors[].path`, what clients read for every other refused field), with the
 * reason itself as the message and the parameter as `field` too.
 */
export const refuseField = (res: Response, field: string, message: string): void => {
  res
    .status(400)
    .json({ errors: [{ data: { errors: [{ message, path: field }] }, field, message, name: 'ValidationError' }] })
}
