import type { PayloadRequest } from 'payload'

import { oncePer } from '../src/base/oncePer'

/**
 * What identifies a request for reads made once per request: its `Headers`, not `req.context`, which Payload
 * replaces with a copy at every Local API call made with the request (createLocalReq's getRequestContext spreads
 * it), so a result stored there was lost to the very find it started and read again. Requests without headers
 * (some Local API calls) are identified by their context.
 */
const requestOf = (req: PayloadRequest): object => req.headers ?? req.context

/**
 * Asks `read` once per request and key (src/base/oncePer.ts: a failed read is not kept, the next asks again): an
 * import writes a thousand items in one request, and each item's hooks ask the same things of the database.
 */
export const askOncePerRequest = <T>(req: PayloadRequest, key: string, read: () => Promise<T>): Promise<T> =>
  oncePer(requestOf(req), key, read)

let readsMade = 0

/** A read made once per request: `askOncePerRequest` with a key of its own. */
export const oncePerRequest = <T>(read: (req: PayloadRequest) => Promise<T>) => {
  const key = `read ${++readsMade}`
  return (req: PayloadRequest): Promise<T> => askOncePerRequest(req, key, () => read(req))
}
