import { createHash } from 'node:crypto'

/** The header a client sends with a write it may retry (the IETF draft's name, as Stripe and others use it). */
export const IDEMPOTENCY_HEADER = 'idempotency-key'
/** Set by the server on the request it forwards to Payload: the request's fingerprint and requester. */
export const FINGERPRINT_HEADER = 'x-internal-idempotency-fingerprint'
export const REQUESTER_HEADER = 'x-internal-idempotency-requester'
/** On a replayed answer. */
export const REPLAYED_HEADER = 'idempotent-replayed'
export const COLLECTION = 'idempotency-keys' as const

/** 8 to 200 visible ASCII characters: a UUID, a ULID, an import script's `import-2026-07-01-row-42`. */
export const isValidKey = (key: string): boolean => /^[\x21-\x7e]{8,200}$/.test(key)

/** What makes two requests the same request: method, path with query, body. */
export const fingerprintOf = (method: string, url: string, body: Buffer | undefined): string =>
  createHash('sha256')
    .update(`${method} ${url}\n`)
    .update(body ?? Buffer.alloc(0))
    .digest('hex')

/** Who sent it, as far as the key is concerned: the signed-in person, or anyone anonymous. */
export const requesterOf = (user: { collection?: string; id: number | string } | null | undefined): string =>
  user ? `${user.collection ?? 'users'}:${user.id}` : 'anonymous'
