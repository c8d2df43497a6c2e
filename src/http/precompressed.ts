import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { IncomingMessage } from 'node:http'

import accepts from 'accepts'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** Below this, compressing saves less than the headers cost (the `compression` middleware's threshold, 1 KB). */
const THRESHOLD_BYTES = 1024

/** An answer's compressed forms, base64 (they travel as JSON to Redis), made once when the answer is computed. */
export type Encoded = { br?: string; gzip?: string }
export type Encoding = keyof Encoded

/**
 * Compresses an answer for keeping beside it, so that a cache hit sends bytes instead of compressing them again
 * for every request (browsers always send Accept-Encoding). Brotli at quality 5 and gzip at level 6: made once
 * per computation, where the `compression` middleware compresses every response at brotli quality 4.
 */
export const precompress = async (body: string): Promise<Encoded> => {
  const raw = Buffer.from(body)
  if (raw.length < THRESHOLD_BYTES) return {}
  const [br, gz] = await Promise.all([
    brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
    gzip(raw, { level: 6 }),
  ])
  return { br: br.toString('base64'), gzip: gz.toString('base64') }
}

/**
 * The stored encoding the request accepts: brotli when accepted at all (smaller), else gzip; as the compression
 * middleware prefers them (clients list them in any order with equal weight).
 */
export const chosenEncoding = (req: IncomingMessage, encoded: Encoded | undefined): Encoding | undefined => {
  if (!encoded?.br && !encoded?.gzip) return undefined
  // What Express's req.acceptsEncodings does; on a plain request too (cache hits answered before Express).
  const negotiated = accepts(req)
  return (['br', 'gzip'] as const).find((name) => encoded[name] && negotiated.encodings(name) === name)
}
