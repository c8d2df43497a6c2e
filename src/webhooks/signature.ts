import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Each message carries `X-Portal-Timestamp` (Unix seconds) and `X-Portal-Signature: sha256=<hex>`, the
 * HMAC-SHA256 of `<timestamp>.<body>` with the webhook's secret. A receiver recomputes it over the raw body and
 * rejects old timestamps, which stops forged and replayed messages.
 */
export const signatureOf = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

export const verifySignature = (secret: string, timestamp: string, body: string, signature: string): boolean => {
  const expected = Buffer.from(signatureOf(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
