import type { Payload } from 'payload'

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })

/** One real, cheap query (the migrations' count), given `timeoutMs` to answer: rejects when the database is away. */
export const probeDatabase = (payload: Payload, timeoutMs: number): Promise<unknown> =>
  withTimeout(payload.count({ collection: 'payload-migrations', overrideAccess: true }), timeoutMs)
