import type { PayloadRequest } from 'payload'

/**
 * A read made once per request, its promise kept by the request's `Headers`: not on `req.context`, which Payload
 * replaces with a copy at every Local API call made with the request (createLocalReq's getRequestContext spreads
 * it), so a result stored there was lost to the very find it started and read again. Requests without headers
 * (some Local API calls) are kept by their context. A failed read is not kept: the next asks again.
 */
export const oncePerRequest = <T>(read: (req: PayloadRequest) => Promise<T>) => {
  const reads = new WeakMap<object, Promise<T>>()
  return (req: PayloadRequest): Promise<T> => {
    const key: object = req.headers ?? req.context
    let reading = reads.get(key)
    if (!reading) {
      reading = read(req)
      reads.set(key, reading)
      reading.catch(() => reads.delete(key))
    }
    return reading
  }
}
