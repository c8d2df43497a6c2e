import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A preview token: lets whoever holds it read one draft (collection and id) until it expires, and nothing else.
 * `<collection>.<id>.<expiry in epoch seconds>.<HMAC-SHA256 of those, base64url>`, signed with a key derived
 * from PAYLOAD_SECRET (never the secret itself, which also signs sessions).
 */
export type PreviewClaim = { collection: string; expires: number; id: string }

const SAFE = /^[a-z0-9-]+$/i

const keyOf = (secret: string) => createHmac('sha256', secret).update('portal-preview-token').digest()

const signatureOf = (secret: string, body: string) =>
  createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

export const signPreviewToken = (secret: string, { collection, expires, id }: PreviewClaim): string => {
  if (!SAFE.test(collection) || !SAFE.test(id)) throw new Error('preview tokens name a collection slug and an id')
  const body = `${collection}.${id}.${Math.floor(expires)}`
  return `${body}.${signatureOf(secret, body)}`
}

/** The claim a token makes when its signature holds and it has not expired; undefined otherwise. */
export const verifyPreviewToken = (secret: string, token: string, now: number): PreviewClaim | undefined => {
  const parts = token.split('.')
  if (parts.length !== 4) return undefined
  const [collection, id, expiry, signature] = parts as [string, string, string, string]
  if (!SAFE.test(collection) || !SAFE.test(id) || !/^\d{1,12}$/.test(expiry)) return undefined
  const expected = Buffer.from(signatureOf(secret, `${collection}.${id}.${expiry}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  const expires = Number(expiry)
  return expires * 1000 > now ? { collection, expires, id } : undefined
}
